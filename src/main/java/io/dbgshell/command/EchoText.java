package io.dbgshell.command;

/**
 * The text {@code .echo} prints for its arguments (windbg-notes §5.4): the part between the quotes
 * when the text starts with {@code "}, otherwise the text as is, inner {@code "} included.
 */
public final class EchoText {
    private EchoText() {
    }

    /** @param arguments {@link CommandText#arguments()} of an {@code .echo} command */
    public static String of(String arguments) {
        if (arguments.startsWith("\"")) {
            int close = arguments.indexOf('"', 1);
            if (close > 0) {
                return arguments.substring(1, close);
            }
        }
        return arguments;
    }
}
