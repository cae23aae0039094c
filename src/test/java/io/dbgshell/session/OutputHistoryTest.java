package io.dbgshell.session;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OutputHistoryTest {
    @Test
    void keepsTheLastLinesAcrossPieces() {
        OutputHistory history = new OutputHistory(3, SessionSettings.HISTORY_BYTES.defaultValue());
        history.add("one\ntwo\n");
        history.add("three\nfour\n");
        assertThat(history.text()).isEqualTo("two\nthree\nfour\n");
    }

    @Test
    void zeroLinesKeepsNothing() {
        OutputHistory history = new OutputHistory(0, SessionSettings.HISTORY_BYTES.defaultValue());
        history.add("one\n");
        assertThat(history.text()).isEmpty();
    }

    @Test
    void dropsTheOldestLinesPastTheByteBound() {
        OutputHistory history = new OutputHistory(100, 30);
        history.add("漢漢漢漢\n"); // 13 bytes
        history.add("ab\n");
        history.add("漢漢漢漢\n");
        history.add("cd\n");

        assertThat(history.text()).isEqualTo("ab\n漢漢漢漢\ncd\n");
    }

    @Test
    void countsUtf8BytesAsTheEncoderDoes() {
        for (String line : new String[] {"", "ab\n", "é\n", "漢\n", "😀 and 𝄞\n", "\u007f\u0080\u07ff\u0800\uffff"}) {
            assertThat(OutputHistory.utf8Bytes(line)).as(line)
                    .isEqualTo(line.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
