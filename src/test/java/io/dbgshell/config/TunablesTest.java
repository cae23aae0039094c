package io.dbgshell.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TunablesTest {
    private static final Setting<Integer> LINES = Setting.positive("lines", 100);
    private static final Setting<Duration> WAIT = Setting.duration("wait", Duration.ofSeconds(5));

    @Test
    void aSettingNobodyChangedHasItsDefault() {
        assertThat(Tunables.DEFAULTS.get(LINES)).isEqualTo(100);
        assertThat(Tunables.DEFAULTS.get(WAIT)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void withChangesOneSettingAndLeavesTheOriginalAlone() {
        Tunables shrunk = Tunables.DEFAULTS.with(LINES, 3);

        assertThat(shrunk.get(LINES)).isEqualTo(3);
        assertThat(shrunk.get(WAIT)).isEqualTo(Duration.ofSeconds(5));
        assertThat(Tunables.DEFAULTS.get(LINES)).isEqualTo(100);
        assertThat(shrunk.with(LINES, 7).get(LINES)).isEqualTo(7);
    }

    @Test
    void aValueTheSettingRefusesIsNamedInTheError() {
        assertThatThrownBy(() -> Tunables.DEFAULTS.with(LINES, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lines: 0 is not at least 1");
        assertThatThrownBy(() -> Tunables.DEFAULTS.with(WAIT, Duration.ZERO))
                .hasMessage("wait: PT0S is not a positive duration");
    }

    @Test
    void aRangeTakesBothEndsAndNothingOutside() {
        Setting<Integer> percent = Setting.between("percent", 0, 100, 30);

        assertThat(Tunables.DEFAULTS.with(percent, 0).get(percent)).isZero();
        assertThat(Tunables.DEFAULTS.with(percent, 100).get(percent)).isEqualTo(100);
        assertThatThrownBy(() -> Tunables.DEFAULTS.with(percent, 101)).hasMessage("percent: 101 is not from 0 to 100");
        assertThatThrownBy(() -> Tunables.DEFAULTS.with(percent, -1)).hasMessage("percent: -1 is not from 0 to 100");
    }

    @Test
    void aDefaultTheSettingRefusesCannotBeDeclared() {
        assertThatThrownBy(() -> Setting.positive("count", 0)).hasMessage("count: default 0 is not at least 1");
    }
}
