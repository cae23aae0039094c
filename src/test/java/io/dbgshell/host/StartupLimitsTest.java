package io.dbgshell.host;

import io.dbgshell.config.Tunables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupLimitsTest {
    private double nextRandom = 0.99;
    private final StartupLimits limits = new StartupLimits(Tunables.DEFAULTS.with(HostSettings.PRE_AUTH_PER_SOURCE, 3)
            .with(HostSettings.PRE_AUTH_REFUSE_FROM, 10).with(HostSettings.PRE_AUTH_REFUSE_PERCENT, 30)
            .with(HostSettings.PRE_AUTH_FULL, 20),
            () -> nextRandom);

    @Test
    void oneSourceHoldsAtMostItsCapWhileOthersAreStillAdmitted() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit("a")).isNull();
        }
        assertThat(limits.admit("a")).isEqualTo(StartupLimits.Refusal.SOURCE_FULL);
        assertThat(limits.admit("b")).isNull();
        limits.release("a");
        assertThat(limits.admit("a")).isNull();
        assertThat(limits.total()).isEqualTo(4);
    }

    @Test
    void pastTheStartTheRefusalChanceRisesLinearlyToCertaintyAtFull() {
        for (int i = 0; i < 10; i++) {
            assertThat(limits.admit("s" + i)).isNull();
        }
        nextRandom = 0.29;                      // 30 % at 10 of 20
        assertThat(limits.admit("x")).isEqualTo(StartupLimits.Refusal.BUSY);
        nextRandom = 0.31;
        assertThat(limits.admit("x")).isNull(); // now 11: 37 %
        nextRandom = 0.36;
        assertThat(limits.admit("y")).isEqualTo(StartupLimits.Refusal.BUSY);
        nextRandom = 0.99;
        for (int i = 0; i < 9; i++) {
            assertThat(limits.admit("z" + i)).isNull();
        }
        assertThat(limits.total()).isEqualTo(20);
        nextRandom = 0;
        assertThat(limits.admit("w")).isEqualTo(StartupLimits.Refusal.BUSY);
        nextRandom = 0.999_999;
        assertThat(limits.admit("w")).isEqualTo(StartupLimits.Refusal.BUSY);
    }
}
