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
     * @param start where its text begins in the arguments (after the opening quote; a caret under a
     *              column of a quoted text stands as many columns left of it as escapes came before it)
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
                i = quoted(arguments, i, tokens);
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
                tokens.add(new Token(text.toString(), true, open + 1));
                return i + 1;
            }
            if (c == '\\' && i + 1 < arguments.length() && (arguments.charAt(i + 1) == '"' || arguments.charAt(i + 1) == '\\')) {
                c = arguments.charAt(++i);
            }
            text.append(c);
        }
        throw new CommandException("missing closing quote in " + arguments.substring(open));
    }
}
