package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;

/** A count typed after a command ({@code p 5}, {@code k 0x20}): decimal, or hex with {@code 0x}, from 1 up to a bound. */
final class Counts {
    private Counts() {
    }

    static int parse(String command, String token, int max) throws CommandException {
        String text = token.strip();
        long value;
        try {
            value = text.regionMatches(true, 0, "0x", 0, 2) ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new CommandException(command + ": '" + text + "' is not a count (a number, or hex with 0x)");
        }
        if (value < 1 || value > max) {
            throw new CommandException(command + ": the count must be from 1 to " + max + ", got '" + text + "'");
        }
        return (int) value;
    }
}
