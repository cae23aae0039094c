package io.dbgshell.testing;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;

/**
 * A test-only command, {@code flood LINES WIDTH TAG}: prints LINES lines of WIDTH characters, then
 * {@code TAG done}. The text is built without a formatter, so a benchmark that floods measures the
 * delivery of the lines rather than the formatting of them.
 */
public final class FloodCommand implements Command {
    @Override
    public CommandInfo info() {
        return CommandInfo.of("flood", "LINES WIDTH TAG", "print a lot (tests only)", CommandTrait.LOOKS);
    }

    @Override
    public void execute(CommandContext context, CommandText command) {
        String[] words = command.arguments().trim().split("\\s+");
        String text = text(words[2], Integer.parseInt(words[0]), Integer.parseInt(words[1]));
        int from = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
            context.println(text.substring(from, end));
            from = end + 1;
        }
    }

    /** What {@code flood LINES WIDTH TAG} prints: {@code TAG 000000xxx...} lines, then {@code TAG done}. */
    public static String text(String tag, int lines, int width) {
        StringBuilder text = new StringBuilder();
        String filler = "x".repeat(Math.max(0, width - tag.length() - 8));
        for (int i = 0; i < lines; i++) {
            String number = Integer.toString(i);
            text.append(tag).append(' ').append("000000", number.length(), 6).append(number).append(filler).append('\n');
        }
        return text.append(tag).append(" done\n").toString();
    }
}
