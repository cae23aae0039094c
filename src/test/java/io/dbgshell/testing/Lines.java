package io.dbgshell.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on what a screen or log shows, line by line. */
public final class Lines {
    private Lines() {
    }

    /** Asserts that {@code shown} has each of {@code lines} as whole lines, in this order. */
    public static void assertInOrder(String shown, String... lines) {
        String text = "\n" + shown;
        int from = 0;
        for (String line : lines) {
            int at = text.indexOf("\n" + line + "\n", from);
            assertThat(at).as("'%s' as a line after position %d of:%n%s", line, from, shown).isNotNegative();
            from = at + line.length() + 1;
        }
    }
}
