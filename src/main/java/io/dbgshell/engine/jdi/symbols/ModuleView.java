package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.ArrayType;
import com.sun.jdi.ClassLoaderReference;
import com.sun.jdi.ModuleReference;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.config.Tunables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code lm} prints: one row per module and class loader that has loaded classes (the JVM's
 * counterpart of WinDbg's loaded modules), with how many classes and where they came from. A
 * named module of the boot loader comes from {@code jrt:/NAME}; the other rows from the code
 * sources their loader recorded ({@link CodeSources}). The pattern keeps the rows whose module,
 * loader or any location it matches ({@code lm *.jar}, {@code lm java.*}, {@code lm app}).
 */
public final class ModuleView {
    static final String UNNAMED = "<unnamed>";
    /** The dynamic modules {@code java.lang.reflect.Proxy} defines its classes in: generated, from no file. */
    private static final String PROXY_MODULES = "jdk.proxy";
    private static final String HEADER_MODULE = "module";
    private static final String HEADER_LOADER = "loader";

    private final int maxLines;
    private final int codeSourceNodes;

    public ModuleView(Tunables tunables) {
        this.maxLines = tunables.get(SymbolSettings.VIEW_LINES);
        this.codeSourceNodes = tunables.get(SymbolSettings.CODE_SOURCE_NODES);
    }

    private record Row(String module, ClassLoaderReference loader, String loaderText, int classes, List<String> from) {
    }

    public List<String> lines(VirtualMachine vm, Optional<Wildcard> pattern) {
        Map<Optional<ClassLoaderReference>, Map<String, Integer>> byLoader = new HashMap<>();
        for (ReferenceType type : vm.allClasses()) {
            if (type instanceof ArrayType) {
                continue;
            }
            ModuleReference module = type.module();
            String name = module == null || module.name() == null ? UNNAMED : module.name();
            byLoader.computeIfAbsent(Optional.ofNullable(type.classLoader()), loader -> new HashMap<>())
                    .merge(name, 1, Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        byLoader.forEach((loader, modules) -> {
            List<String> sources = CodeSources.of(loader.orElse(null), codeSourceNodes);
            String loaderText = LoaderText.of(loader.orElse(null));
            modules.forEach((module, classes) -> rows.add(new Row(module, loader.orElse(null), loaderText, classes,
                    from(module, loader.isEmpty(), sources))));
        });
        rows.sort(Comparator.comparing(Row::loader, LoaderText.ORDER)
                .thenComparing(row -> row.module().equals(UNNAMED) ? "~" : row.module()));
        List<Row> shown = merged(rows).stream().filter(row -> pattern.map(p -> matches(p, row)).orElse(true)).toList();
        int moduleWidth = Math.max(HEADER_MODULE.length(),
                shown.stream().mapToInt(row -> row.module().length()).max().orElse(0));
        int loaderWidth = Math.max(HEADER_LOADER.length(),
                shown.stream().mapToInt(row -> row.loaderText().length()).max().orElse(0));
        String format = "%-" + moduleWidth + "s  %-" + loaderWidth + "s  %7s  %s";
        Capped out = new Capped(maxLines);
        out.add(String.format(format, HEADER_MODULE, HEADER_LOADER, "classes", "from").stripTrailing());
        for (Row row : shown) {
            out.add(String.format(format, row.module(), row.loaderText(), row.classes(),
                    row.from().isEmpty() ? "-" : String.join(" ", row.from())));
        }
        return out.lines();
    }

    /**
     * One row for the rows of loaders that share a name: the JDK's reflection loaders, one per
     * inflated accessor, would otherwise fill the listing with one-class rows.
     */
    private static List<Row> merged(List<Row> rows) {
        Map<List<String>, Row> byName = new LinkedHashMap<>();
        for (Row row : rows) {
            byName.merge(List.of(row.module(), row.loaderText()), row, (first, more) -> new Row(first.module(),
                    first.loader(), first.loaderText(), first.classes() + more.classes(), first.from()));
        }
        return List.copyOf(byName.values());
    }

    private static List<String> from(String module, boolean boot, List<String> loaderSources) {
        if (module.equals(UNNAMED)) {
            return loaderSources.stream().filter(source -> !source.startsWith("jrt:")).toList();
        }
        if (module.startsWith(PROXY_MODULES)) {
            return List.of();
        }
        if (boot) {
            return List.of("jrt:/" + module);
        }
        List<String> own = CodeSources.forModule(loaderSources, module);
        return own.isEmpty() ? loaderSources : own;
    }

    private static boolean matches(Wildcard pattern, Row row) {
        return pattern.matches(row.module()) || pattern.matches(row.loaderText())
                || row.from().stream().anyMatch(pattern::matches);
    }
}
