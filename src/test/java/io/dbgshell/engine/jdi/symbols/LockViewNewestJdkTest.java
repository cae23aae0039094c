package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.ClassType;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ThreadReference;
import io.dbgshell.config.Tunables;
import io.dbgshell.testing.TargetJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code !locks} on a target run by the newest JDK installed beside the tests' own (JDK 25 on this
 * project's machines), whose JDWP no longer names the object of an {@code Object.wait} as
 * the thread's contended monitor (JDK 17's still does).
 */
class LockViewNewestJdkTest {
    @Test
    void showsAThreadInObjectWaitAsWaitingOnItsMonitor(@TempDir Path dir) throws Exception {
        InspectionTarget program = new InspectionTarget(dir, newestJava());
        try {
            ToIntFunction<ThreadReference> numbers = program.numbers();
            ClassType main = (ClassType) program.target.vm.classesByName("demo.Main").get(0);
            ObjectReference notice = (ObjectReference) main.getValue(main.fieldByName("NOTICE"));
            String waiter = "~" + numbers.applyAsInt(program.thread("waiter")) + " \"waiter\"";
            String text = String.join("\n", new LockView(Tunables.DEFAULTS).lines(program.target.vm, numbers));
            assertThat(text).contains(String.join("\n",
                    "Monitor java.lang.Object @0x" + Long.toHexString(notice.uniqueID()),
                    "  owner:   none",
                    "  waiting: " + waiter + " (in Object.wait)"));
        } finally {
            program.close();
        }
    }

    /** The {@code java} of the JDK with the highest version among this one and its siblings. */
    private static String newestJava() throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        List<Path> homes;
        try (Stream<Path> siblings = Files.list(home.getParent())) {
            homes = siblings.filter(h -> Files.isExecutable(h.resolve("bin/java"))).toList();
        }
        Path newest = homes.stream().max(Comparator.comparingInt(LockViewNewestJdkTest::feature)).orElse(home);
        return newest.resolve("bin/java").toString();
    }

    /** The feature release a JDK's {@code release} file names (25 for {@code "25.0.1"}); 0 without one. */
    private static int feature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isReadable(release)) {
            return 0;
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = Optional.ofNullable(properties.getProperty("JAVA_VERSION")).orElse("\"0\"").replace("\"", "");
        return Integer.parseInt(version.split("[.+-]")[0]);
    }
}
