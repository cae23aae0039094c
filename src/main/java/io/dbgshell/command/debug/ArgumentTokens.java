package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;

import java.util.ArrayList;
import java.util.List;

/**
 * A debugging command's arguments cut at spaces, where double quotes keep a command string whole
 * ({@code "dv; g"}) and are removed, and {@code \"} inside them is a quote of the command string.
 */
final class ArgumentTokens {
    /**
     * One argument, and whether it was quoted.
     *
     * @param start where its text begins in the arguments (after the opening quote)
     * @param typed its text as typed, escapes and all
     */
    record Token(String text, boolean quoted, int start, String typed) {
        /**
         * Where the character at {@code column} of {@link #text} was typed, in the arguments: each
         * {@code \"} or {@code \\} before it took two columns for one character.
         */
        int typedColumn(int column) {
            int at = 0;
            for (int unescaped = 0; unescaped < column && at < typed.length(); unescaped++) {
                at += isEscape(typed, at) ? 2 : 1;
            }
            return start + at;
        }
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
                i = quoted(arguments, i, tokens);
            } else {
                int end = i;
                while (end < arguments.length() && !Character.isWhitespace(arguments.charAt(end))
                        && arguments.charAt(end) != '"') {
                    end++;
                }
                tokens.add(new Token(arguments.substring(i, end), false, i, arguments.substring(i, end)));
                i = end;
            }
        }
        return tokens;
    }

    /**
     * The quoted token opening at {@code open}, its {@code \"} and {@code \\} unescaped (other
     * backslashes stay for the command inside: {@code ".printf \"i=%d\\n\", i"} holds
     * {@code .printf "i=%d\n", i}); returns where the next token may start.
     */
    private static int quoted(String arguments, int open, List<Token> tokens) throws CommandException {
        StringBuilder text = new StringBuilder();
        for (int i = open + 1; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '"') {
                tokens.add(new Token(text.toString(), true, open + 1, arguments.substring(open + 1, i)));
                return i + 1;
            }
            if (isEscape(arguments, i)) {
                c = arguments.charAt(++i);
            }
            text.append(c);
        }
        throw new CommandException("missing closing quote in " + arguments.substring(open));
    }

    private static boolean isEscape(String text, int at) {
        return text.charAt(at) == '\\' && at + 1 < text.length() && (text.charAt(at + 1) == '"' || text.charAt(at + 1) == '\\');
    }
}
