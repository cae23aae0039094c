package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.ArrayType;
import com.sun.jdi.InterfaceType;
import com.sun.jdi.Method;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.config.Tunables;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code x} prints: the loaded classes matching a pattern, one a line ({@code class
 * com.example.Cart}), or their matching methods with signatures ({@code static int
 * com.example.Cart!total(java.util.List, int)}), sorted by name, at most {@link
 * SymbolSettings#VIEW_LINES} lines. A class loaded by several loaders is listed once per loader,
 * each tagged with its loader. Array types are not listed: they are nobody's source.
 */
public final class SymbolView {
    private final int maxLines;

    public SymbolView(Tunables tunables) {
        this.maxLines = tunables.get(SymbolSettings.VIEW_LINES);
    }

    public List<String> lines(VirtualMachine vm, SymbolQuery query) {
        List<ReferenceType> classes = vm.allClasses().stream()
                .filter(type -> !(type instanceof ArrayType) && query.classes().matches(type.name()))
                // made here, not in a constant: the view is built at start-up, and the comparators'
                // lambdas, which the CDS archive does not keep, cost every start a few ms
                .sorted(Comparator.comparing(ReferenceType::name).thenComparing(ReferenceType::classLoader, LoaderText.ORDER))
                .toList();
        if (classes.isEmpty() && query.methods().isEmpty()) {
            return methodsHint(vm, query.classes().toString());
        }
        Map<String, Integer> loaders = new HashMap<>();
        classes.forEach(type -> loaders.merge(type.name(), 1, Integer::sum));
        Capped out = new Capped(maxLines);
        for (ReferenceType type : classes) {
            String tag = loaders.get(type.name()) > 1 ? "  [" + LoaderText.of(type.classLoader()) + "]" : "";
            if (query.methods().isEmpty()) {
                out.add((type instanceof InterfaceType ? "interface " : "class ") + type.name() + tag);
            } else if (type.isPrepared()) {
                for (Method method : type.methods()) {
                    if (query.methods().get().matches(method.name())) {
                        out.add(signature(type, method) + tag);
                    }
                }
            }
        }
        return out.lines();
    }

    /**
     * Nothing matched, as WinDbg then shows nothing; but {@code x java.util.zip.ZipFile.get*}, Java's
     * and jdb's way of naming methods, matches no class either, so when what comes before the last
     * dot is a loaded class, say how its methods are listed.
     */
    private static List<String> methodsHint(VirtualMachine vm, String pattern) {
        int dot = pattern.lastIndexOf('.');
        String owner = dot <= 0 ? "" : pattern.substring(0, dot);
        if (owner.isEmpty() || dot == pattern.length() - 1 || vm.classesByName(owner).isEmpty()) {
            return List.of();
        }
        return List.of("no class matches '" + pattern + "'; for the methods of " + owner + ": x " + owner + "!"
                + pattern.substring(dot + 1));
    }

    private static String signature(ReferenceType type, Method method) {
        StringBuilder text = new StringBuilder();
        if (method.isStatic()) {
            text.append("static ");
        }
        if (method.isAbstract()) {
            text.append("abstract ");
        }
        if (method.isNative()) {
            text.append("native ");
        }
        if (!method.isConstructor() && !method.isStaticInitializer()) {
            text.append(method.returnTypeName()).append(' ');
        }
        return text.append(type.name()).append('!').append(method.name())
                .append('(').append(String.join(", ", method.argumentTypeNames())).append(')')
                .toString();
    }
}
