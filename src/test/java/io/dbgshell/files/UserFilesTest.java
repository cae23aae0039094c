package io.dbgshell.files;

import io.dbgshell.config.Tunables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class UserFilesTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    /** Far above SHORT, far below a test that hangs: a call that takes longer is a blocked open. */
    private static final Duration CALL_LIMIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final UserFiles files = new UserFiles(Tunables.DEFAULTS.with(FilesSettings.OPEN_TIMEOUT, SHORT));

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = Fifos.make(dir.resolve("f"));

        assertTimeoutPreemptively(CALL_LIMIT, () -> {
            assertThatThrownBy(() -> files.read(fifo, 100))
                    .isInstanceOf(UserFileException.class).hasMessage("is a FIFO, not a regular file");
            assertThatThrownBy(() -> files.openForWriting(fifo, true))
                    .isInstanceOf(UserFileException.class).hasMessage("is a FIFO, not a regular file");
        });
    }

    @Test
    void devicesAreRefusedSoDevZeroCannotFillMemory() {
        assertThatThrownBy(() -> files.read(Path.of("/dev/zero"), 100))
                .isInstanceOf(UserFileException.class).hasMessage("is a character device, not a regular file");
        assertThatThrownBy(() -> files.openForWriting(Path.of("/dev/full"), false))
                .isInstanceOf(UserFileException.class).hasMessage("is a character device, not a regular file");
    }

    @Test
    void aFileOverTheLimitIsRefusedAndOneAtTheLimitIsRead() throws IOException {
        Path file = dir.resolve("big");
        Files.write(file, new byte[200_000]);

        assertThatThrownBy(() -> files.read(file, 199_999))
                .isInstanceOf(UserFileException.class).hasMessage("is larger than 199999 bytes");
        assertThat(files.read(file, 200_000)).hasSize(200_000);
    }

    @Test
    void aNewFileForWritingIsPrivateAndAnExistingOneKeepsItsMode() throws IOException {
        Path fresh = dir.resolve("fresh.log");
        try (FileChannel channel = files.openForWriting(fresh, false)) {
            channel.write(ByteBuffer.wrap("x\n".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");

        Path shared = Files.writeString(dir.resolve("shared.log"), "old\n");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        try (FileChannel channel = files.openForWriting(shared, true)) {
            channel.write(ByteBuffer.wrap("new\n".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(Files.readString(shared)).isEqualTo("old\nnew\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r--r--");
    }

    /**
     * A FIFO swapped in between the check and the open: the path flips between a regular file and
     * a FIFO (hard links renamed over it) while it is read again and again. Each read returns the
     * file's text or gives up within the timeout; none blocks.
     */
    @Test
    void aFifoSwappedInAfterTheCheckCostsAtMostTheTimeout() throws Exception {
        Path fifo = Fifos.make(dir.resolve("fifo"));
        Path regular = Files.writeString(dir.resolve("regular"), "text");
        Path target = dir.resolve("target");
        Files.copy(regular, target);
        Thread swapper = new Thread(() -> swap(fifo, regular, target), "swapper");
        swapper.setDaemon(true);
        swapper.start();
        int gaveUp = 0;
        try {
            for (int i = 0; i < 400 && gaveUp == 0; i++) {
                String outcome = assertTimeoutPreemptively(CALL_LIMIT, () -> {
                    try {
                        return new String(files.read(target, 100), StandardCharsets.UTF_8);
                    } catch (UserFileException refused) {
                        return refused.getMessage();
                    }
                });
                if (outcome.startsWith("did not open")) {
                    gaveUp++;
                } else {
                    assertThat(outcome).isIn("text", "is a FIFO, not a regular file", "was replaced while it was opened");
                }
            }
        } finally {
            swapper.interrupt();
            swapper.join();
            releaseStuckReaders(fifo);
        }
        assertThat(gaveUp).as("reads that met the FIFO after the check").isPositive();
    }

    private static void swap(Path fifo, Path regular, Path target) {
        Path link = target.resolveSibling("link");
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (Path next : new Path[]{fifo, regular}) {
                    Files.deleteIfExists(link);
                    Files.createLink(link, next);
                    Files.move(link, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A helper blocked opening the FIFO for reading is released by a writer. */
    private static void releaseStuckReaders(Path fifo) throws IOException {
        try (FileChannel writer = FileChannel.open(fifo, StandardOpenOption.WRITE)) {
            writer.write(ByteBuffer.allocate(0));
        }
    }
}
