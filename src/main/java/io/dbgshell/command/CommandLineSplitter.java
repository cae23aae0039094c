package io.dbgshell.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Cuts a line into commands at {@code ;}, keeping quoted {@code .echo} text whole. */
public final class CommandLineSplitter {
    public static final int MAX_LINE = 4096;

    private CommandLineSplitter() {
    }

    public static List<CommandText> split(String line) throws CommandSyntaxException {
        if (line.length() > MAX_LINE) {
            throw new CommandSyntaxException("line of " + line.length() + " characters exceeds the limit of " + MAX_LINE);
        }
        List<CommandText> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int end = line.indexOf(';', i);
            String rest = line.substring(i).stripLeading();
            if (rest.toLowerCase(Locale.ROOT).startsWith(".echo")) {
                int q = line.indexOf('"', i);
                if (q >= 0 && line.substring(i, q).strip().equalsIgnoreCase(".echo")) {
                    int close = line.indexOf('"', q + 1);
                    end = close < 0 ? -1 : line.indexOf(';', close);
                }
            }
            if (end < 0) {
                end = line.length();
            }
            String text = line.substring(i, end).strip();
            if (!text.isEmpty()) {
                int space = text.indexOf(' ');
                String name = space < 0 ? text : text.substring(0, space);
                String args = space < 0 ? "" : text.substring(space + 1).strip();
                out.add(new CommandText(name.startsWith(".") ? name.toLowerCase(Locale.ROOT) : name, args, text));
            }
            i = end + 1;
        }
        return out;
    }
}
