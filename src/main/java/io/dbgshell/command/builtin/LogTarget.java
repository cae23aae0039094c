package io.dbgshell.command.builtin;

import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.LogFileName;
import io.dbgshell.log.Transcript;
import io.dbgshell.log.TranscriptException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code [/t] [FILE]} arguments shared by {@code .logopen} and {@code .logappend}, and the
 * switch to the transcript they name: any open one is closed first, as in WinDbg. Options are the
 * single letters WinDbg has, so an absolute Unix path such as {@code /tmp/x.log} is still a name.
 */
final class LogTarget {
    private static final Pattern OPTION = Pattern.compile("^/([A-Za-z])(?=\\s|$)\\s*");

    private LogTarget() {
    }

    /** Parses {@code arguments} of {@code command} (which allows {@code /t} only when {@code stampAllowed}) and opens the log. */
    static void open(CommandContext context, String command, String arguments, boolean stampAllowed, boolean append)
            throws CommandException {
        String rest = arguments.strip();
        boolean stamped = false;
        Matcher option = OPTION.matcher(rest);
        while (option.find()) {
            String letter = option.group(1).toLowerCase(Locale.ROOT);
            switch (letter) {
                case "t" -> {
                    if (!stampAllowed) {
                        throw new CommandException(command + " has no /t option (use .logopen /t)");
                    }
                    stamped = true;
                }
                case "u" -> throw new CommandException(command + " /u is not supported: logs are always UTF-8");
                case "d" -> throw new CommandException(command + " /d is not supported: give a file name");
                default -> throw new CommandException(command + ": unknown option '/" + option.group(1) + "'");
            }
            rest = rest.substring(option.end());
            option = OPTION.matcher(rest);
        }
        String name = Quotes.strip(rest);
        if (name.isEmpty()) {
            name = LogFileName.DEFAULT_NAME;
        }
        if (stamped) {
            name = LogFileName.forThisProcess().timestamped(name);
        }
        Transcript transcript = context.transcript();
        transcript.close().ifPresent(old -> context.println(LogCloseCommand.closingMessage(old)));
        try {
            transcript.open(name, append);
        } catch (TranscriptException e) {
            throw new CommandException(e.getMessage());
        }
        context.println(LogOpenCommand.openedMessage(name));
    }
}
