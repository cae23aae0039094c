package io.dbgshell.engine.jdi.symbols;

import io.dbgshell.engine.EngineException;

import java.util.Optional;

/**
 * The argument of {@code x}: {@code CLASSES} lists loaded classes, {@code CLASSES!METHODS} their
 * methods (WinDbg's {@code module!symbol}, with the class where the module stands).
 *
 * @param classes which classes, by binary name ({@code com.example.*Service}, {@code Outer$Inner})
 * @param methods which methods of them, when the query asks for methods
 */
public record SymbolQuery(Wildcard classes, Optional<Wildcard> methods) {

    /** @throws EngineException naming the token that is not a pattern */
    public static SymbolQuery parse(String argument) throws EngineException {
        String text = argument.strip();
        if (text.isEmpty()) {
            throw new EngineException("x needs a pattern: x CLASS or x CLASS!METHOD (wildcards * and ?)");
        }
        int bang = text.indexOf('!');
        if (bang < 0) {
            return new SymbolQuery(Wildcard.parse(text), Optional.empty());
        }
        String classPart = text.substring(0, bang);
        String methodPart = text.substring(bang + 1);
        if (classPart.isEmpty() || methodPart.isEmpty()) {
            throw new EngineException("'" + text + "' needs a class and a method around '!' (x Class!method*)");
        }
        return new SymbolQuery(Wildcard.parse(classPart), Optional.of(Wildcard.parse(methodPart)));
    }
}
