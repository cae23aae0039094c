package io.dbgshell.engine.jdi;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.jdi.symbols.SourcePath;
import io.dbgshell.files.FilesSettings;
import io.dbgshell.files.UserFiles;
import io.dbgshell.testing.StalledFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A source directory on a mount that stops answering costs {@code .srcpath}, {@code lsa} and a
 * stop at most the files' time-out, and says which directory it was; the directories before it
 * still count.
 */
class StalledSourcesTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    /** Far above SHORT, far below a test that hangs: a call that takes longer waited for the mount. */
    private static final Duration CALL_LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private StalledFileSystem mount;
    private final Sources sources = new Sources(Tunables.DEFAULTS, new UserFiles(Tunables.DEFAULTS.with(FilesSettings.OPEN_TIMEOUT, SHORT)));

    @BeforeEach
    void mount() {
        mount = new StalledFileSystem(dir.resolve("nfs"));
    }

    @AfterEach
    void answerAgain() {
        mount.close();
    }

    @Test
    void srcpathWarnsOfTheDirectoryThatDoesNotAnswerAndKeepsIt() throws Exception {
        Path good = Files.createDirectory(dir.resolve("good"));
        Path hung = mount.root();

        // relative to the mount as the host's working directory, src is on it; the others are not
        List<String> lines = assertTimeoutPreemptively(CALL_LIMIT,
                () -> sources.change(good + ";" + dir.resolve("missing") + ";src", hung));

        assertThat(lines).containsExactly(
                "Warning: " + dir.resolve("missing") + " is not a directory (kept on the path)",
                "Warning: " + hung.resolve("src") + " did not answer within " + SHORT.toMillis()
                        + " ms (a stalled file system?); kept on the path, with the directories after it unchecked",
                "Source search path is: " + good + ";" + dir.resolve("missing") + ";" + hung.resolve("src"));
    }

    @Test
    void aLookupThatReachesTheDirectoryFailsNamingItAndOneFoundBeforeItIsRead() throws Exception {
        Path good = Files.createDirectory(dir.resolve("good"));
        Files.writeString(good.resolve("Found.java"), "class Found {}\n");
        Path hung = mount.root();
        SourcePath path = new SourcePath(List.of(good, hung));

        assertTimeoutPreemptively(CALL_LIMIT, () -> {
            assertThat(sources.files().find(path, "Found.java")).hasValueSatisfying(file ->
                    assertThat(file.lines()).containsExactly("class Found {}"));
            assertThatThrownBy(() -> sources.files().find(path, "demo/Main.java"))
                    .hasMessage(hung + " did not answer within " + SHORT.toMillis() + " ms (a stalled file system?)");
        });
    }
}
