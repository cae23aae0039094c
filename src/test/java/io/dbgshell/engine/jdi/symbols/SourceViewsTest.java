package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.Location;
import com.sun.jdi.StackFrame;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import io.dbgshell.files.Fifos;
import io.dbgshell.files.FilesSettings;
import io.dbgshell.files.UserFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code .srcpath}, {@code lsa}, {@code ls} and the source line of a stop, on a real target's real sources. */
class SourceViewsTest {
    private static final Tunables SETTINGS = Tunables.DEFAULTS;
    private static final int DIRS = SymbolSettings.SOURCE_PATH_DIRS.defaultValue();

    @TempDir
    static Path dir;
    static InspectionTarget program;
    static VirtualMachine vm;
    static SourcePath srcpath;
    static final SourceLines SOURCES = new SourceLines(UserFiles.DEFAULT, SETTINGS);
    static final List<String> MAIN = InspectionTarget.MAIN.lines().toList();

    @BeforeAll
    static void start() throws Exception {
        program = new InspectionTarget(dir);
        vm = program.target.vm;
        srcpath = SourcePath.EMPTY.apply("nowhere;" + program.sources, dir, DIRS);
    }

    @AfterAll
    static void stop() {
        program.close();
    }

    /** Lines {@code first..last} of demo/Main.java as a listing shows them, {@code >} on {@code marked}. */
    private static List<String> listing(int first, int last, int marked) {
        List<String> lines = new ArrayList<>();
        for (int number = first; number <= last; number++) {
            lines.add(String.format("%s%5d: %s", number == marked ? ">" : " ", number, MAIN.get(number - 1)));
        }
        return lines;
    }

    private static List<String> lsa(SourceListing listing, String location) throws EngineException {
        return listing.around(SourceSpot.parse(location).resolve(vm), srcpath, SOURCES);
    }

    @Test
    void srcpathReplacesAppendsAndDescribes() throws EngineException {
        Path base = Path.of("/work");
        SourcePath path = SourcePath.EMPTY.apply("a; /src/b ;;", base, DIRS);
        assertThat(path.describe()).isEqualTo("Source search path is: /work/a;/src/b");
        assertThat(path.apply("+c", base, DIRS).describe()).isEqualTo("Source search path is: /work/a;/src/b;/work/c");
        assertThat(path.apply("+c;/work/a;c", base, DIRS)).as("a directory already on the path is not added again")
                .isEqualTo(path.apply("+c", base, DIRS));
        assertThat(path.apply("c", base, DIRS).describe()).isEqualTo("Source search path is: /work/c");
        assertThat(SourcePath.EMPTY.describe()).isEqualTo("Source search path is empty");
        assertThatThrownBy(() -> path.apply("+ok;bad\0name", base, DIRS))
                .hasMessageStartingWith("'bad\0name' is not a directory name: ");
        assertThatThrownBy(() -> SourcePath.EMPTY.apply(IntStream.rangeClosed(0, 3)
                .mapToObj(i -> "d" + i).collect(Collectors.joining(";")), base, 3))
                .hasMessage("the source path can hold 3 directories, not 4");
    }

    @Test
    void lsaListsAroundALineAndLsContinues() throws EngineException {
        int line = InspectionTarget.lineOf("// main stops here");
        SourceListing listing = new SourceListing(SETTINGS);
        assertThat(lsa(listing, "demo.Main:" + line)).containsExactlyElementsOf(listing(line - 5, line + 4, line));
        assertThat(listing.more()).containsExactlyElementsOf(listing(line + 5, line + 14, 0));
        assertThat(lsa(listing, "Main.java:" + line)).containsExactlyElementsOf(listing(line - 5, line + 4, line));
        int until = InspectionTarget.lineOf("while (thread.getState() != state)");
        assertThat(lsa(listing, "demo.Main.until")).containsExactlyElementsOf(listing(until - 5, until + 4, until));
        assertThat(lsa(listing, "demo.Main:2")).containsExactlyElementsOf(listing(1, 10, 2));
    }

    @Test
    void lsEndsAtTheEndOfTheFile() throws EngineException {
        SourceListing listing = new SourceListing(SETTINGS);
        assertThatThrownBy(listing::more).hasMessage("nothing listed yet: lsa LOCATION first");
        int last = MAIN.size();
        assertThat(lsa(listing, "demo.Main:" + last)).containsExactlyElementsOf(listing(last - 5, last, last));
        assertThatThrownBy(listing::more).hasMessageEndingWith("demo/Main.java (" + last + " lines)");
        assertThatThrownBy(() -> lsa(listing, "demo.Main:" + (last + 1)))
                .hasMessageEndingWith("demo/Main.java has " + last + " lines, not " + (last + 1));
    }

    @Test
    void locationsThatCannotBeListedSayWhy() {
        assertThatThrownBy(() -> SourceSpot.parse("demo.Main:x"))
                .hasMessage("'demo.Main:x' is not a location: 'x' is not a line number");
        assertThatThrownBy(() -> SourceSpot.parse("demo.Main:0"))
                .hasMessage("'demo.Main:0' is not a location: '0' is not a line number");
        assertThatThrownBy(() -> SourceSpot.parse("Main"))
                .hasMessage("'Main' is not a location: use Class:LINE, File.java:LINE or Class.method");
        assertThatThrownBy(() -> SourceSpot.parse("demo.Main.until x"))
                .hasMessageStartingWith("'demo.Main.until x' is not a location");
        assertThatThrownBy(() -> SourceSpot.parse("demo.Gone:3").resolve(vm))
                .hasMessage("class 'demo.Gone' is not loaded");
        assertThatThrownBy(() -> SourceSpot.parse("Gone.java:3").resolve(vm))
                .hasMessage("no loaded class comes from 'Gone.java'");
        assertThatThrownBy(() -> SourceSpot.parse("demo.Main.gone").resolve(vm))
                .hasMessage("demo.Main has no method 'gone' with line numbers");
        assertThatThrownBy(() -> new SourceListing(SETTINGS).around(SourceSpot.parse("demo.Main:3").resolve(vm),
                SourcePath.EMPTY, SOURCES))
                .hasMessage("demo/Main.java is not under any source directory (.srcpath shows them)");
    }

    @Test
    void aStopShowsItsSourceLineWhenTheFileIsFound() throws Exception {
        Location stop = mainFrameLocation();
        int line = InspectionTarget.lineOf("// main stops here");
        assertThat(SOURCES.stopLine(srcpath, stop)).contains(String.format(">%5d: %s", line, MAIN.get(line - 1)));
        assertThat(SOURCES.stopLine(SourcePath.EMPTY, stop)).isEmpty();
    }

    @Test
    void aFifoOrAHugeFileOnThePathIsRefusedInTime() throws Exception {
        Path fifoDir = dir.resolve("fifo-src");
        Files.createDirectories(fifoDir.resolve("demo"));
        Fifos.make(fifoDir.resolve("demo/Main.java"));
        SourcePath withFifo = SourcePath.EMPTY.apply(fifoDir.toString(), dir, DIRS);
        long start = System.nanoTime();
        assertThatThrownBy(() -> SOURCES.find(withFifo, "demo/Main.java"))
                .hasMessageEndingWith("is a FIFO, not a regular file");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FilesSettings.OPEN_TIMEOUT.defaultValue());
        assertThat(SOURCES.stopLine(withFifo, mainFrameLocation())).isEmpty();

        SourceLines small = new SourceLines(UserFiles.DEFAULT, Tunables.DEFAULTS.with(SymbolSettings.MAX_SOURCE_BYTES, 100));
        assertThatThrownBy(() -> small.find(srcpath, "demo/Main.java"))
                .hasMessageEndingWith("is larger than 100 bytes");
    }

    @Test
    void aSourceNameNeverLeadsOutOfItsDirectory() throws Exception {
        Path inner = Files.createDirectories(dir.resolve("outer/inner"));
        Files.writeString(dir.resolve("outer/Secret.java"), "secret\n");
        Files.writeString(inner.resolve("Shown.java"), "shown\n");
        SourcePath path = SourcePath.EMPTY.apply(inner.toString(), dir, DIRS);
        assertThat(SOURCES.find(path, "../Secret.java")).isEmpty();
        assertThat(SOURCES.find(path, dir.resolve("outer/Secret.java").toString())).isEmpty();
        assertThat(SOURCES.find(path, "Shown.java")).map(SourceFile::lines).contains(List.of("shown"));
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        Path src = Files.createDirectories(dir.resolve("changing/demo"));
        Files.writeString(src.resolve("Main.java"), "one\n");
        SourcePath path = SourcePath.EMPTY.apply(dir.resolve("changing").toString(), dir, DIRS);
        SourceLines sources = new SourceLines(UserFiles.DEFAULT, SETTINGS);
        SourceFile first = sources.find(path, "demo/Main.java").orElseThrow();
        assertThat(sources.find(path, "demo/Main.java")).containsSame(first);
        Files.writeString(src.resolve("Main.java"), "one\ntwo\n");
        assertThat(sources.find(path, "demo/Main.java")).map(SourceFile::lines).contains(List.of("one", "two"));
        Files.delete(src.resolve("Main.java"));
        Fifos.make(src.resolve("Main.java"));
        assertThatThrownBy(() -> sources.find(path, "demo/Main.java"))
                .hasMessageEndingWith("is a FIFO, not a regular file");
    }

    private static Location mainFrameLocation() throws Exception {
        for (StackFrame frame : program.thread("main").frames()) {
            if (frame.location().declaringType().name().equals("demo.Main")) {
                return frame.location();
            }
        }
        throw new AssertionError("main is not in demo.Main");
    }
}
