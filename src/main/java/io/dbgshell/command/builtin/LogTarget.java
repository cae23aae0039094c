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
 * The {@code [/t] [FILE]} arguments shared by {@code .logopen} and {@code .logappend}, the switch to
 * the transcript they name (any open one is closed first, as in WinDbg), and the log commands'
 * messages, worded as WinDbg words them. Options are the single letters WinDbg has, so an absolute
 * Unix path such as {@code /tmp/x.log} is still a name.
 */
public final class LogTarget {
    static final String NONE_OPEN = "No log file open";

    private static final Pattern OPTION = Pattern.compile("^/([A-Za-z])(?=\\s|$)\\s*");

    private LogTarget() {
    }

    /** Parses {@code arguments} of {@code command} ({@code /t} only when not appending) and opens the log. */
    static void open(CommandContext context, String command, String arguments, boolean append) throws CommandException {
        String rest = arguments.strip();
        boolean stamped = false;
        Matcher option = OPTION.matcher(rest);
        while (option.find()) {
            String letter = option.group(1).toLowerCase(Locale.ROOT);
            switch (letter) {
                case "t" -> {
                    if (append) {
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
        transcript.close().ifPresent(old -> context.println(closingMessage(old)));
        try {
            transcript.open(name, append);
        } catch (TranscriptException e) {
            throw new CommandException(e.getMessage());
        }
        context.println(openedMessage(name));
    }

    /** {@code .logclose}: closes the open transcript, saying which; with none open it says so. */
    static void close(CommandContext context) {
        // the closing line goes to screens only: the file is closed before the line is written out
        context.transcript().close().ifPresentOrElse(
                name -> context.println(closingMessage(name)),
                () -> context.println(NONE_OPEN));
    }

    /** {@code .logfile}: whether a transcript is open, and its name. */
    static void show(CommandContext context) {
        context.println(context.transcript().name().map(name -> "Log file '" + name + "'").orElse(NONE_OPEN));
    }

    /** The confirmation; also shown for {@code -logo} and {@code -loga}. */
    public static String openedMessage(String name) {
        return "Opened log file '" + name + "'";
    }

    private static String closingMessage(String name) {
        return "Closing open log file '" + name + "'";
    }
}
