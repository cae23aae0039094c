package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code x} and {@code lm} on a real target: a class in a directory, one in a jar, loaded by two loaders. */
class SymbolViewsTest {
    @TempDir
    static Path dir;
    static InspectionTarget program;
    static VirtualMachine vm;

    @BeforeAll
    static void start() throws Exception {
        program = new InspectionTarget(dir);
        vm = program.target.vm;
    }

    @AfterAll
    static void stop() {
        program.close();
    }

    private static List<String> x(String pattern) throws EngineException {
        return new SymbolView(Tunables.DEFAULTS).lines(vm, SymbolQuery.parse(pattern));
    }

    /** The plugin loader's tag: the URLClassLoader that loaded lib.Helper a second time. */
    private static String pluginLoader() {
        return vm.classesByName("lib.Helper").stream().map(ReferenceType::classLoader)
                .filter(loader -> loader.referenceType().name().equals("java.net.URLClassLoader"))
                .map(loader -> "java.net.URLClassLoader@" + Long.toHexString(loader.uniqueID()))
                .findFirst().orElseThrow();
    }

    @Test
    void listsLoadedClassesByWildcard() throws EngineException {
        assertThat(x("demo.*")).containsExactly(
                "class demo.Main",
                "class demo.Main$Blocked",
                "class demo.Main$Crossing",
                "class demo.Main$Echo",
                "class demo.Main$Holder",
                "class demo.Main$Reporter",
                "class demo.Main$Sleeper",
                "class demo.Main$Waiter");
        assertThat(x("demo.Main$*er")).containsExactly(
                "class demo.Main$Holder", "class demo.Main$Reporter", "class demo.Main$Sleeper",
                "class demo.Main$Waiter");
        assertThat(x("java.lang.Runnabl?")).containsExactly("interface java.lang.Runnable");
        assertThat(x("no.such.*")).isEmpty();
    }

    @Test
    void aClassDotMethodPatternIsPointedToTheBang() throws EngineException {
        assertThat(x("demo.Main.m*")).containsExactly("no class matches 'demo.Main.m*'; for the methods of demo.Main: x demo.Main!m*");
        assertThat(x("demo.Nope.m*")).isEmpty();
    }

    @Test
    void tagsAClassLoadedByTwoLoadersWithEachLoader() throws EngineException {
        assertThat(x("lib.*")).containsExactly(
                "class lib.Helper  [app]", "class lib.Helper  [" + pluginLoader() + "]");
    }

    @Test
    void listsMethodsWithSignatures() throws EngineException {
        assertThat(x("demo.Main!*")).containsExactly(
                "demo.Main!<init>()",
                "static void demo.Main!main(java.lang.String[])",
                "static java.lang.Thread demo.Main!start(java.lang.Thread, java.lang.Thread$State)",
                "static void demo.Main!until(java.lang.Thread, java.lang.Thread$State)",
                "static demo.Main!<clinit>()");
        assertThat(x("lib.Helper!g*")).containsExactly(
                "static java.lang.String lib.Helper!greet(java.lang.String, long[])  [app]",
                "static java.lang.String lib.Helper!greet(java.lang.String, long[])  [" + pluginLoader() + "]");
        assertThat(x("demo.Main$*!run")).containsExactly(
                "void demo.Main$Blocked!run()", "void demo.Main$Crossing!run()", "void demo.Main$Holder!run()",
                "void demo.Main$Reporter!run()",
                "void demo.Main$Sleeper!run()", "void demo.Main$Waiter!run()");
    }

    @Test
    void capsTheOutputAndCountsTheRest() throws EngineException {
        SymbolView view = new SymbolView(Tunables.DEFAULTS.with(SymbolSettings.VIEW_LINES, 2));
        assertThat(view.lines(vm, SymbolQuery.parse("demo.*")))
                .containsExactly("class demo.Main", "class demo.Main$Blocked", "... 6 more");
        assertThat(view.lines(vm, SymbolQuery.parse("demo.Main!*")))
                .containsExactly("demo.Main!<init>()", "static void demo.Main!main(java.lang.String[])", "... 3 more");
    }

    @Test
    void badPatternsNameTheirToken() throws EngineException {
        assertThatThrownBy(() -> SymbolQuery.parse("a!b!c"))
                .hasMessage("'!' cannot be part of a name in pattern 'b!c'");
        assertThatThrownBy(() -> SymbolQuery.parse("!run"))
                .hasMessage("'!run' needs a class and a method around '!' (x Class!method*)");
        assertThatThrownBy(() -> SymbolQuery.parse("demo.Main!"))
                .hasMessage("'demo.Main!' needs a class and a method around '!' (x Class!method*)");
        assertThatThrownBy(() -> SymbolQuery.parse(" "))
                .hasMessage("x needs a pattern: x CLASS or x CLASS!METHOD (wildcards * and ?)");
        assertThat(Wildcard.parseOptional("  ")).isEmpty();
        assertThat(Wildcard.parseOptional(" java.* ")).get().hasToString("java.*");
        assertThatThrownBy(() -> Wildcard.parseOptional("a b"))
                .hasMessage("' ' cannot be part of a name in pattern 'a b'");
        assertThatThrownBy(() -> Wildcard.parse("java.util.List<x>;"))
                .hasMessage("';' cannot be part of a name in pattern 'java.util.List<x>;'");
    }

    @Test
    void listsModulesLoadersAndWhereTheirClassesCameFrom() throws EngineException {
        String classes = "file:" + program.classes + "/";
        String jar = "file:" + program.libJar;
        String plugin = pluginLoader();
        int loaderWidth = plugin.length();
        List<String> lines = new ModuleView(Tunables.DEFAULTS)
                .lines(vm, Optional.of(Wildcard.parse("*lib.jar")));
        assertThat(lines).containsExactly(
                String.format("%-9s  %-" + loaderWidth + "s  %7s  %s", "module", "loader", "classes", "from"),
                String.format("%-9s  %-" + loaderWidth + "s  %7d  %s", "<unnamed>", "app", 9, classes + " " + jar),
                String.format("%-9s  %-" + loaderWidth + "s  %7d  %s", "<unnamed>", plugin, 1, jar));
        assertThat(new ModuleView(Tunables.DEFAULTS).lines(vm, Optional.of(Wildcard.parse("java.base"))))
                .hasSize(2)
                .element(1).asString().matches("java\\.base  <boot>  +\\d+  jrt:/java\\.base");
    }

    @Test
    void showsProxyModulesAsGeneratedAndReflectionLoadersAsOneRow() throws EngineException {
        List<String> proxies = new ModuleView(Tunables.DEFAULTS)
                .lines(vm, Optional.of(Wildcard.parse("jdk.proxy?")));
        assertThat(proxies).hasSize(2);
        assertThat(proxies.get(1)).matches("jdk\\.proxy\\d  app  +1  -");
        if (Runtime.version().feature() == 17) {
            // JDK 17 inflates reflection into one accessor class per method, each in a loader of its own
            assertThat(new ModuleView(Tunables.DEFAULTS).lines(vm, Optional.of(Wildcard.parse("reflection"))))
                    .containsExactly("module     loader      classes  from", "<unnamed>  reflection        2  -");
        }
    }

    @Test
    void listsEveryModuleWithoutAPattern() {
        List<String> lines = new ModuleView(Tunables.DEFAULTS).lines(vm, Optional.empty());
        assertThat(lines.get(0)).startsWith("module ");
        assertThat(lines).anyMatch(line -> line.startsWith("java.base ") && line.endsWith(" jrt:/java.base"))
                .anyMatch(line -> line.contains(" app ") && line.contains("lib.jar"));
    }
}
