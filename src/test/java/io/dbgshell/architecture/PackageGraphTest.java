package io.dbgshell.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the package graph one-way (docs/architecture.md): jdeps, the JDK's own dependency tool, reads
 * the compiled main classes and every import between top-level packages must go down the layers.
 * jdeps rather than a library: it is in every JDK, reads bytecode (so nothing hides in a fully
 * qualified name), and takes a few seconds.
 */
class PackageGraphTest {
    /**
     * Each top-level package's layer, from the top: a package may use packages of a higher number
     * only. Packages sharing a number must not use each other.
     */
    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("cli", 0),
            Map.entry("shell", 1),
            Map.entry("client", 2), Map.entry("host", 2),
            Map.entry("session", 3),
            Map.entry("discovery", 4),
            Map.entry("command", 5),
            Map.entry("engine", 6), Map.entry("server", 6),
            Map.entry("transport", 7),
            Map.entry("protocol", 8),
            Map.entry("log", 9),
            Map.entry("security", 10), Map.entry("logging", 10),
            Map.entry("files", 11),
            // the bottom, so that every package can declare its settings and read their values
            Map.entry("config", 12));
    private static final Pattern EDGE = Pattern.compile("^\\s+io\\.dbgshell\\.(\\w+)\\S*\\s+->\\s+io\\.dbgshell\\.(\\w+)");

    static Set<String> edges;

    @BeforeAll
    static void readGraph() {
        Path classes = Path.of("target", "classes");
        assertThat(classes.resolve("io/dbgshell")).as("compiled main classes").isDirectory();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none",
                classes.toString());
        assertThat(code).as("jdeps: " + out).isZero();
        edges = new TreeSet<>();
        for (String line : out.toString().lines().toList()) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find() && !edge.group(1).equals(edge.group(2))) {
                edges.add(edge.group(1) + " -> " + edge.group(2));
            }
        }
    }

    @Test
    void everyTopLevelPackageHasALayer() throws Exception {
        try (var packages = Files.list(Path.of("target", "classes", "io", "dbgshell"))) {
            List<String> names = packages.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
            assertThat(LAYERS.keySet()).containsAll(names);
        }
    }

    @Test
    void importsOnlyGoDown() {
        List<String> upward = new ArrayList<>();
        for (String edge : edges) {
            String[] ends = edge.split(" -> ");
            if (LAYERS.get(ends[0]) >= LAYERS.get(ends[1])) {
                upward.add(edge);
            }
        }
        assertThat(upward).as("imports that go up or sideways between layers (docs/architecture.md)").isEmpty();
    }

    @Test
    void theGraphIsReadAtAll() {
        assertThat(edges).contains("cli -> session", "session -> engine", "transport -> files");
    }
}
