package io.dbgshell.bench;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandInfo;

/**
 * A benchmark command, {@code lines COUNT WIDTH TAG}: prints the same text as the test-only
 * {@code flood} command but builds it without {@code String.format}, so a fan-out figure measures
 * the delivery of 100 lines rather than the formatting of them.
 */
final class LinesCommand implements Command {
    @Override
    public CommandInfo info() {
        return CommandInfo.of("lines", "COUNT WIDTH TAG", "print COUNT lines of WIDTH characters (benchmarks only)");
    }

    @Override
    public void execute(CommandContext context, String arguments) {
        String[] words = arguments.trim().split("\\s+");
        String text = FanOutBench.floodText(words[2], Integer.parseInt(words[0]), Integer.parseInt(words[1]));
        int from = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
            context.println(text.substring(from, end));
            from = end + 1;
        }
    }
}
