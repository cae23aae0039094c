package io.dbgshell.client;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class HostTextTest {
    private static final int NAMES = ClientSettings.COMMAND_NAMES.defaultValue();
    private static final int CHARS = ClientSettings.COMMAND_NAME_CHARS.defaultValue();

    @Test
    void plainTextNewlinesAndTabsPassUnchanged() {
        String text = "0:003> k\n\tframe 1 ünïcödé 漢字\n";
        assertThat(HostText.neutralise(text)).isSameAs(text);
    }

    @Test
    void escapeSequencesGoWhole() {
        assertThat(HostText.neutralise("a\u001b]52;c;aGVsbG8=\u0007b")).as("OSC 52 ended by BEL").isEqualTo("ab");
        assertThat(HostText.neutralise("a\u001b]0;title\u001b\\b")).as("OSC ended by ESC \\").isEqualTo("ab");
        assertThat(HostText.neutralise("a\u001bPq#0;2\u001b\\b")).as("DCS").isEqualTo("ab");
        assertThat(HostText.neutralise("a\u001b[2J\u001b[1;1H\u001b[?1049hb")).as("CSI").isEqualTo("ab");
        assertThat(HostText.neutralise("a\u001bcb\u001b(0c")).as("two-character and nF escapes").isEqualTo("abc");
        assertThat(HostText.neutralise("a\u001b]52;c;aGVsbG8=")).as("unterminated: to the end").isEqualTo("a");
        assertThat(HostText.neutralise("a\u001b")).isEqualTo("a");
    }

    @Test
    void otherControlCharactersBecomeQuestionMarks() {
        assertThat(HostText.neutralise("a\rb\u0008c\u0007d\u009b2Je\u007f\n")).isEqualTo("a?b?c?d?2Je?\n");
    }

    @Test
    void onlyPlainCommandNamesAreTakenForCompletion() {
        assertThat(HostText.commandNames(List.of(".break", "$$>a<", "bp", "bp", "", "two words", "x\u001b[2J",
                "\u00e9cho", "x".repeat(CHARS + 1), "~"), NAMES, CHARS))
                .containsExactly(".break", "$$>a<", "bp", "~");
    }

    @Test
    void commandNamesAreTakenUpToTheBound() {
        List<String> flood = IntStream.range(0, NAMES + 5).mapToObj(i -> "c" + i).toList();
        assertThat(HostText.commandNames(flood, NAMES, CHARS)).hasSize(NAMES);
    }
}
