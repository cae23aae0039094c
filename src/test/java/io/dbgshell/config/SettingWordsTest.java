package io.dbgshell.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingWordsTest {
    @Test
    void aListOfWordsKeepsItsDefaultAsDeclaredAndRefusesABlankWord() {
        List<String> declared = new ArrayList<>(List.of("java.*", "sun.*"));
        Setting<List<String>> filter = Setting.words("filter", declared);
        declared.add("changed.*");

        assertThat(Tunables.DEFAULTS.get(filter)).containsExactly("java.*", "sun.*");
        assertThat(Tunables.DEFAULTS.with(filter, List.of("a.*")).get(filter)).containsExactly("a.*");
        assertThat(Tunables.DEFAULTS.with(filter, List.of()).get(filter)).isEmpty();
        assertThatThrownBy(() -> Tunables.DEFAULTS.with(filter, List.of("a.*", " ")))
                .hasMessage("filter: [a.*,  ] is not a list of words");
    }
}
