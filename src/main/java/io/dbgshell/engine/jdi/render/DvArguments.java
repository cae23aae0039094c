package io.dbgshell.engine.jdi.render;

import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.jdi.symbols.Wildcard;

import java.util.Optional;

/**
 * {@code dv [/t] [PATTERN]} parsed once. PATTERN is a name or a WinDbg wildcard ({@code *} any run of
 * characters, {@code ?} one character); flags are case-sensitive, as in WinDbg.
 *
 * @param types   {@code /t}: each line shows the variable's declared type
 * @param pattern which variables to show; all when empty
 */
public record DvArguments(boolean types, Optional<String> pattern) {

    static final String USAGE = "dv [/t] [NAME]";

    /**
     * @throws EngineException one line naming the token that is wrong
     */
    public static DvArguments parse(String arguments) throws EngineException {
        boolean types = false;
        String pattern = null;
        for (String token : arguments.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.startsWith("/")) {
                if (!token.equals("/t")) {
                    throw new EngineException("dv: option '" + token + "' is not supported (" + USAGE + ")");
                }
                types = true;
            } else if (pattern != null) {
                throw new EngineException("dv: '" + token + "' is one name too many (" + USAGE + ")");
            } else {
                pattern = token;
            }
        }
        return new DvArguments(types, Optional.ofNullable(pattern));
    }

    /** Whether a variable of this name is shown. */
    public boolean matches(String name) {
        return pattern.map(p -> Wildcard.of(p).matches(name)).orElse(true);
    }
}
