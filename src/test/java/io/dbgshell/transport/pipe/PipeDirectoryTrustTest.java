package io.dbgshell.transport.pipe;

import io.dbgshell.transport.TransportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared pipe directory is trusted only as /tmp is, and a socket that vanishes while probed frees its name. */
class PipeDirectoryTrustTest {
    /** A user id that is neither root nor the user running the tests. */
    private static final int STRANGER = 54321;

    @TempDir
    Path parent;

    private PipeDirectory directory(int mode) throws IOException {
        Path dir = Files.createDirectory(parent.resolve("pipes"));
        Files.setAttribute(dir, "unix:mode", mode);
        return new PipeDirectory(dir);
    }

    @Test
    void aMissingDirectoryIsCreatedStickyAndTrusted() throws TransportException, IOException {
        PipeDirectory fresh = new PipeDirectory(parent.resolve("new"));
        fresh.ensureExists();
        assertThat((Integer) Files.getAttribute(fresh.path(), "unix:mode") & 07777).isEqualTo(01777);
    }

    @Test
    void aDirectoryAnyoneMayWriteWithoutTheStickyBitIsRefused() throws IOException {
        PipeDirectory open = directory(0777);
        assertThatThrownBy(open::ensureExists).isInstanceOf(TransportException.class)
                .hasMessage("the pipe directory " + open.path() + " may be written by others without the sticky bit"
                        + " (mode 0777), so anyone could replace what is in it (remove it, or move it with "
                        + PipeDirectory.VARIABLE + ")");
    }

    @Test
    void aDirectoryOfAnotherUserIsRefused() throws IOException {
        PipeDirectory theirs = directory(01777);
        Files.setAttribute(theirs.path(), "unix:uid", STRANGER); // the tests run as root, which may give it away
        assertThatThrownBy(theirs::ensureExists).isInstanceOf(TransportException.class)
                .hasMessage("the pipe directory " + theirs.path() + " belongs to another user (uid " + STRANGER
                        + "), who could replace anything in it (remove it, or move it with "
                        + PipeDirectory.VARIABLE + ")");
    }

    @Test
    void aSymbolicLinkInItsPlaceIsRefused() throws IOException {
        Path target = Files.createDirectory(parent.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(parent.resolve("pipes"), target);
        assertThatThrownBy(new PipeDirectory(link)::ensureExists).isInstanceOf(TransportException.class)
                .hasMessageStartingWith("the pipe directory " + link + " is a symbolic link, not a directory");
    }

    @Test
    void aSocketThatVanishesWhileProbedLeavesTheNameFree() throws Exception {
        Path socket = parent.resolve("stale");
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket)); // closing leaves the file behind, as a killed server does
        }
        assertThatCode(() -> StaleSockets.reclaim("stale", socket, path -> {
            Files.delete(path); // its owner removed it just now
            try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                probe.connect(UnixDomainSocketAddress.of(path));
            }
        })).doesNotThrowAnyException();
        assertThat(Files.exists(socket, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
}
