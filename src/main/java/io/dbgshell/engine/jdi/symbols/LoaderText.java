package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.ClassLoaderReference;

import java.util.Comparator;

/**
 * A class loader as the views name it: {@code <boot>}, {@code app} and {@code platform} for the
 * JDK's own, {@code reflection} for every one of core reflection's accessor loaders, otherwise its
 * class and JDWP object id ({@code java.net.URLClassLoader@1c3}), the id {@code dx} shows for the
 * same object. Reads nothing from the target but the loader's type name, which JDI keeps once
 * fetched.
 */
final class LoaderText {
    private static final String BUILTIN = "jdk.internal.loader.ClassLoaders$";
    /** The loader of each accessor class core reflection generates after a method's first calls (JDK 17). */
    private static final String REFLECTION = "jdk.internal.reflect.DelegatingClassLoader";

    private LoaderText() {
    }

    /** Loaders in delegation order: the JDK's three first, the application's own by object id, reflection's last. */
    static final Comparator<ClassLoaderReference> ORDER = Comparator.comparingInt(LoaderText::rank)
            .thenComparingLong(loader -> loader == null ? -1 : loader.uniqueID());

    private static int rank(ClassLoaderReference loader) {
        return switch (of(loader)) {
            case "<boot>" -> 0;
            case "platform" -> 1;
            case "app" -> 2;
            case "reflection" -> 4;
            default -> 3;
        };
    }

    static String of(ClassLoaderReference loader) {
        if (loader == null) {
            return "<boot>";
        }
        String type = loader.referenceType().name();
        if (type.equals(BUILTIN + "AppClassLoader")) {
            return "app";
        }
        if (type.equals(BUILTIN + "PlatformClassLoader")) {
            return "platform";
        }
        if (type.equals(REFLECTION)) {
            return "reflection";
        }
        return type + "@" + Long.toHexString(loader.uniqueID());
    }
}
