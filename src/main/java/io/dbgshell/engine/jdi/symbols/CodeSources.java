package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.ClassLoaderReference;
import com.sun.jdi.Field;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StringReference;
import com.sun.jdi.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where a class loader's classes came from, read from the target's fields without running any
 * of its code: every loader of the JDK's own family ({@code SecureClassLoader}: the app and
 * platform loaders, {@code URLClassLoader}) keeps one {@code ProtectionDomain} per {@code
 * CodeSource} it defined classes from, in its {@code pdcache} map, and a code source's location
 * is the jar or directory ({@code file:/app/lib/a.jar}, {@code jrt:/java.sql}). A loader of
 * another kind, or a JDK whose fields differ, gives an empty list; never an error.
 */
final class CodeSources {
    private CodeSources() {
    }

    /** The locations, sorted; empty when they cannot be read. At most {@code maxNodes} buckets and nodes are read. */
    static List<String> of(ClassLoaderReference loader, int maxNodes) {
        TreeSet<String> locations = new TreeSet<>();
        if (loader == null) {
            return List.of();
        }
        Value table = field(field(loader, "pdcache"), "table");
        if (!(table instanceof ArrayReference buckets)) {
            return List.of();
        }
        int budget = maxNodes;
        for (Value bucket : buckets.getValues(0, Math.min(buckets.length(), maxNodes))) {
            Value node = bucket;
            // A bucket is a chain of nodes, or a TreeBin whose nodes are chained from 'first'.
            if (node instanceof ObjectReference bin && bin.referenceType().name().endsWith("$TreeBin")) {
                node = field(bin, "first");
            }
            while (node instanceof ObjectReference entry && budget-- > 0) {
                locations.add(location(field(field(field(entry, "key"), "cs"), "location")));
                node = field(entry, "next");
            }
        }
        locations.remove("");
        return List.copyOf(locations);
    }

    /** {@code protocol:[//host]file} of a {@code java.net.URL}, as {@code URL.toString} would print it for these. */
    private static String location(Value url) {
        if (!(url instanceof ObjectReference)) {
            return "";
        }
        String host = text(field(url, "host"));
        return text(field(url, "protocol")) + ":" + (host.isEmpty() ? "" : "//" + host) + text(field(url, "file"));
    }

    private static String text(Value value) {
        return value instanceof StringReference string ? string.value() : "";
    }

    /** The named field of an object, or null when there is no object or no such field. */
    private static Value field(Value object, String name) {
        if (!(object instanceof ObjectReference reference)) {
            return null;
        }
        Field field = reference.referenceType().fieldByName(name);
        return field == null ? null : reference.getValue(field);
    }

    /** Only the locations a module of that name was loaded from, when the loader has such ({@code jrt:/java.sql}). */
    static List<String> forModule(List<String> loaderSources, String module) {
        List<String> own = new ArrayList<>();
        for (String source : loaderSources) {
            if (source.equals("jrt:/" + module)) {
                own.add(source);
            }
        }
        return own;
    }
}
