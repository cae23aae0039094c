package io.dbgshell.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** The history file (made before JLine writes it) and the log are created, or tightened to, 0600. */
class PrivateFilesTest {
    @TempDir
    Path dir;

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void aMissingFileIsCreatedForItsOwnerOnlyInAPrivateDirectory() throws IOException {
        Path history = dir.resolve(".dbgshell/history");
        PrivateFiles.create(history);
        assertThat(mode(history)).isEqualTo("rw-------");
        assertThat(mode(history.getParent())).isEqualTo("rwx------");
    }

    @Test
    void anExistingFileReadableByOthersIsTightenedAndKeepsItsText() throws IOException {
        Path history = Files.writeString(dir.resolve("history"), ".server tcp:port=1\n");
        Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateFiles.create(history);
        assertThat(mode(history)).isEqualTo("rw-------");
        assertThat(Files.readString(history)).isEqualTo(".server tcp:port=1\n");
    }

    @Test
    void aLinkToSomethingElseIsLeftAlone() throws IOException {
        Path history = Files.createSymbolicLink(dir.resolve("history"), Path.of("/dev/null"));
        PrivateFiles.create(history);
        assertThat(mode(Path.of("/dev/null"))).isEqualTo("rw-rw-rw-");
    }
}
