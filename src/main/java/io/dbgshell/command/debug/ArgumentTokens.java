package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;

import java.util.ArrayList;
import java.util.List;

/**
 * A debugging command's arguments cut at spaces, where double quotes keep a command string whole
 * ({@code "dv; g"}) and are removed.
 */
final class ArgumentTokens {
    /**
     * One argument, and whether it was quoted.
     *
     * @param start where its text begins in the arguments (after the opening quote)
     */
    record Token(String text, boolean quoted, int start) {
    }

    private ArgumentTokens() {
    }

    static List<Token> split(String arguments) throws CommandException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < arguments.length()) {
            char c = arguments.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int close = arguments.indexOf('"', i + 1);
                if (close < 0) {
                    throw new CommandException("missing closing quote in " + arguments.substring(i));
                }
                tokens.add(new Token(arguments.substring(i + 1, close), true, i + 1));
                i = close + 1;
            } else {
                int end = i;
                while (end < arguments.length() && !Character.isWhitespace(arguments.charAt(end))
                        && arguments.charAt(end) != '"') {
                    end++;
                }
                tokens.add(new Token(arguments.substring(i, end), false, i));
                i = end;
            }
        }
        return tokens;
    }
}
