package io.dbgshell.testing;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandInfo;

/** A test-only command, {@code flood LINES WIDTH TAG}: prints LINES lines of WIDTH characters, then {@code TAG done}. */
public final class FloodCommand implements Command {
    @Override
    public CommandInfo info() {
        return CommandInfo.of("flood", "LINES WIDTH TAG", "print a lot (tests only)");
    }

    @Override
    public void execute(CommandContext context, String arguments) {
        String[] words = arguments.trim().split("\\s+");
        int lines = Integer.parseInt(words[0]);
        int width = Integer.parseInt(words[1]);
        String tag = words[2];
        String filler = "x".repeat(Math.max(0, width - tag.length() - 8));
        for (int i = 0; i < lines; i++) {
            context.println(tag + " " + String.format("%06d", i) + filler);
        }
        context.println(tag + " done");
    }
}
