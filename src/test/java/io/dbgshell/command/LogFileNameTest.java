package io.dbgshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LogFileNameTest {
    private static final ZoneId ZONE = ZoneOffset.ofHours(1);
    private static final Clock WINDBG_EXAMPLE_TIME = Clock.fixed(
            LocalDateTime.of(2005, 2, 28, 9, 5, 50, 935_000_000).atZone(ZONE).toInstant(), ZONE);

    private final LogFileName names = new LogFileName(WINDBG_EXAMPLE_TIME, 0x2BC);

    @Test
    void reproducesTheWindbgExample() {
        assertThat(names.timestamped("c:\\logs\\mylogfile.txt"))
                .isEqualTo("c:\\logs\\mylogfile_02BC_2005-02-28_09-05-50-935.txt");
    }

    @Test
    void stampGoesBeforeTheLastExtensionOnly() {
        assertThat(names.timestamped("/var/log/session.old.log"))
                .isEqualTo("/var/log/session.old_02BC_2005-02-28_09-05-50-935.log");
    }

    @Test
    void nameWithoutExtensionGetsTheStampAtTheEnd() {
        assertThat(names.timestamped("mylog")).isEqualTo("mylog_02BC_2005-02-28_09-05-50-935");
        assertThat(names.timestamped("/tmp/my.dir/mylog")).isEqualTo("/tmp/my.dir/mylog_02BC_2005-02-28_09-05-50-935");
        assertThat(names.timestamped("c:\\my.dir\\mylog")).isEqualTo("c:\\my.dir\\mylog_02BC_2005-02-28_09-05-50-935");
        assertThat(names.timestamped("logs/.hidden")).isEqualTo("logs/.hidden_02BC_2005-02-28_09-05-50-935");
    }

    @Test
    void pidIsUpperCaseHexWithAtLeastFourDigits() {
        assertThat(new LogFileName(WINDBG_EXAMPLE_TIME, 7).timestamped("a.log"))
                .isEqualTo("a_0007_2005-02-28_09-05-50-935.log");
        assertThat(new LogFileName(WINDBG_EXAMPLE_TIME, 0x3ABCDE).timestamped("a.log"))
                .isEqualTo("a_3ABCDE_2005-02-28_09-05-50-935.log");
    }

    @Test
    void timeIsTheClocksLocalTimeWithMillisecondsPadded() {
        Clock clock = Clock.fixed(LocalDateTime.of(2024, 12, 1, 23, 0, 1, 7_000_000).atZone(ZONE).toInstant(), ZONE);
        assertThat(new LogFileName(clock, 0x2BC).timestamped(LogFileName.DEFAULT_NAME))
                .isEqualTo("dbgshell_02BC_2024-12-01_23-00-01-007.log");
    }

    @Test
    void thisProcessUsesItsOwnPid() {
        String expectedPid = String.format("_%04X_", ProcessHandle.current().pid());
        assertThat(LogFileName.forThisProcess().timestamped("x.log")).startsWith("x" + expectedPid).endsWith(".log");
    }
}
