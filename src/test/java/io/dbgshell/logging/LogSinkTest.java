package io.dbgshell.logging;

import io.dbgshell.config.Tunables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LogSinkTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessAppendsInsteadOfWipingTheFirstOnesLog() throws Exception {
        Path log = dir.resolve("logs/dbgshell.log");
        new LogSink(Optional.of(log), Tunables.DEFAULTS).write("INFO", "host", "the host was here", null);
        new LogSink(Optional.of(log), Tunables.DEFAULTS).write("WARN", "client", "a client started", new IllegalStateException("boom"));

        String text = Files.readString(log);
        assertThat(text).contains("INFO [main] host - the host was here")
                .contains("WARN [main] client - a client started")
                .contains("java.lang.IllegalStateException: boom");
    }

    @Test
    void nothingIsCreatedUntilTheFirstLine() {
        Path log = dir.resolve("never.log");
        new LogSink(Optional.of(log), Tunables.DEFAULTS);
        assertThat(log).doesNotExist();
    }

    @Test
    void aLargeLogIsKeptAsABackupAndANewOneBegun() throws Exception {
        Path log = dir.resolve("big.log");
        Files.write(log, new byte[LogSettings.ROTATE_BYTES.defaultValue() + 1]);

        new LogSink(Optional.of(log), Tunables.DEFAULTS).write("INFO", "x", "fresh", null);

        assertThat(Files.size(dir.resolve("big.log.1"))).isEqualTo(LogSettings.ROTATE_BYTES.defaultValue() + 1L);
        assertThat(Files.readString(log)).contains("fresh").hasLineCount(1);
    }

    @Test
    void aLogThatGrowsPastItsBoundWhileRunningIsRotatedAndTheDiskUseStaysBounded() throws Exception {
        Path log = dir.resolve("running.log");
        int bound = 4096;
        LogSink sink = new LogSink(Optional.of(log), Tunables.DEFAULTS.with(LogSettings.ROTATE_BYTES, bound));
        String line = "x".repeat(100);
        for (int i = 0; i < 1000; i++) {
            sink.write("INFO", "flood", line + i, null);
        }

        Path backup = dir.resolve("running.log.1");
        assertThat(backup).exists();
        // each file passes the bound by at most one line before the next line rotates it
        assertThat(Files.size(log)).isLessThanOrEqualTo(bound + 200);
        assertThat(Files.size(backup)).isGreaterThan(bound).isLessThanOrEqualTo(bound + 200);
        assertThat(Files.readString(log)).endsWith(line + 999 + System.lineSeparator());
    }

    @Test
    void aProcessWhoseFileWasRotatedByAnotherWritesToTheNewFile() throws Exception {
        Path log = dir.resolve("shared.log");
        Tunables small = Tunables.DEFAULTS.with(LogSettings.ROTATE_BYTES, 1024);
        LogSink first = new LogSink(Optional.of(log), small);
        LogSink second = new LogSink(Optional.of(log), small);
        first.write("INFO", "first", "x".repeat(2000), null);
        second.write("INFO", "second", "hello", null); // opens the large file: rotates it
        first.write("INFO", "first", "after", null);   // past its count: reopens, finds the new file small, appends

        assertThat(Files.readString(dir.resolve("shared.log.1")).length()).isGreaterThan(2000);
        assertThat(Files.readString(log)).contains("second - hello").contains("first - after").hasLineCount(2);
    }

    @Test
    void timestampsAreFixedWidth() {
        assertThat(LogSink.timestamp(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 6_000_000))).isEqualTo("2026-01-02 03:04:05.006");
        assertThat(LogSink.timestamp(LocalDateTime.of(2026, 11, 21, 23, 59, 0))).isEqualTo("2026-11-21 23:59:00.000");
    }

    @Test
    void nettyIsHeldToItsOwnLevel() {
        LogConfig settings = new LogConfig(Optional.empty(), org.slf4j.event.Level.DEBUG, org.slf4j.event.Level.WARN);
        assertThat(settings.levelFor("io.netty.channel.X")).isEqualTo(org.slf4j.event.Level.WARN);
        assertThat(settings.levelFor("io.dbgshell.session.Session")).isEqualTo(org.slf4j.event.Level.DEBUG);
    }

    @Test
    void theLogIsReadableByItsOwnerOnlyEvenIfAnOlderVersionMadeItReadableByAll() throws Exception {
        Path fresh = dir.resolve("home/dbgshell.log");
        new LogSink(Optional.of(fresh), Tunables.DEFAULTS).write("INFO", "x", "a client joined from 10.0.0.7", null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.getParent()))).isEqualTo("rwx------");

        Path old = Files.writeString(dir.resolve("old.log"), "from before\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        new LogSink(Optional.of(old), Tunables.DEFAULTS).write("INFO", "x", "now private", null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-------");
    }
}
