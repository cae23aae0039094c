package io.dbgshell.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutputLinesTest {
    @Test
    void shortLinesComeBackAsTheSameText() {
        String text = "one\ntwo\n";
        assertThat(OutputLines.cut(text, 100)).isSameAs(text);
    }

    @Test
    void aLongLineKeepsItsStartAndSaysHowMuchWasCut() {
        String text = "one\n" + "y".repeat(500) + "\nthree\n";

        String cut = OutputLines.cut(text, 100);

        assertThat(cut).startsWith("one\n" + "y".repeat(58) + "... [line cut: 442 more characters]\nthree\n");
        assertThat(cut.lines()).allMatch(line -> line.length() <= 100);
        assertThat(OutputLines.cut(cut, 100)).as("cutting again changes nothing").isSameAs(cut);
    }

    @Test
    void aCutNeverSplitsACharacterAndALastLineWithoutALineFeedIsCutToo() {
        String text = "ok\na" + "\uD83D\uDE00".repeat(200);

        String cut = OutputLines.cut(text, 100);

        String kept = cut.substring(3, cut.indexOf("... [line cut: "));
        assertThat(kept).isEqualTo("a" + "\uD83D\uDE00".repeat(28));
        assertThat(cut).endsWith("[line cut: " + (401 - 57) + " more characters]");
    }
}
