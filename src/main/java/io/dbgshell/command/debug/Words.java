package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;

import java.util.ArrayList;
import java.util.List;

/** Splits a command's arguments at blanks, keeping what is inside double quotes together ({@code "-Dname=a b"}). */
final class Words {
    private Words() {
    }

    static List<String> split(String command, String text) throws CommandException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new CommandException(command + ": a double quote is not closed in '" + text.strip() + "'");
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
