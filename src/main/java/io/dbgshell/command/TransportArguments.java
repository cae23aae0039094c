package io.dbgshell.command;

import io.dbgshell.security.Secrets;
import io.dbgshell.transport.standard.TransportSpecParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Command lines as they may be shown (echoes, transcripts, history files, the log): each command is
 * masked by what it is, not by a pattern over the whole line. The arguments of a command that takes
 * a transport string ({@link CommandTrait#TAKES_TRANSPORT}) go through the transport masker; so does
 * an unknown command, which runs nothing and may be a mistyped {@code .server} or a parameter cut
 * off by a {@code ;}. Everything else ({@code .echo} text, script arguments) is shown as typed.
 */
public final class TransportArguments {
    private TransportArguments() {
    }

    /** {@code line} with the commands {@code parsed} from it masked; the text between them kept as typed. */
    public static String shown(String line, List<CommandText> parsed, CommandRegistry registry) {
        StringBuilder shown = new StringBuilder();
        int from = 0;
        for (CommandText command : parsed) {
            int at = line.indexOf(command.text(), from);
            if (at < 0) {
                return shownUnparsed(line, registry); // not cut from this line: mask it on its own
            }
            shown.append(line, from, at).append(shown(command, registry));
            from = at + command.text().length();
        }
        return shown.append(line.substring(from)).toString();
    }

    /**
     * {@code line} split and masked; a line that does not split (an unclosed {@code .echo} quote, a
     * bad script command) is cut at every {@code ;} instead, so it is still masked command by command.
     */
    public static String shown(String line, CommandRegistry registry) {
        if (line.indexOf('=') < 0) {
            return line; // every line is masked before it is echoed; most hold no value to mask
        }
        try {
            return shown(line, CommandLineSplitter.split(line), registry);
        } catch (CommandSyntaxException e) {
            return shownUnparsed(line, registry);
        }
    }

    /** One command as it may be shown. */
    public static String shown(CommandText command, CommandRegistry registry) {
        if (command.isComment()) {
            return command.text();
        }
        Optional<Command> known = registry.find(command.name());
        if (known.isEmpty()) {
            return Secrets.mask(command.text());
        }
        if (!known.get().info().has(CommandTrait.TAKES_TRANSPORT)) {
            return command.text();
        }
        String arguments = command.arguments();
        String word = command.text().substring(0, command.text().length() - arguments.length());
        return word + Secrets.mask(arguments);
    }

    /**
     * Why {@code commands} must not run, if a command taking a transport string is followed by what
     * reads as one of its parameters ({@code .server tcp:port=1;password=P}): run, it would start a
     * server without that parameter (no password, not hidden) and only then fail on the rest.
     */
    public static Optional<String> strayParameter(List<CommandText> commands, CommandRegistry registry) {
        for (int i = 0; i + 1 < commands.size(); i++) {
            CommandText next = commands.get(i + 1);
            if (takesTransport(commands.get(i), registry) && !next.isComment()
                    && registry.find(next.name()).isEmpty() && TransportSpecParser.looksLikeParameter(next.text())) {
                return Optional.of("Error: '" + shown(next, registry) + "' after " + commands.get(i).name()
                        + " looks like one of its parameters; separate parameters with ',' not ';' (nothing was run)");
            }
        }
        return Optional.empty();
    }

    private static boolean takesTransport(CommandText command, CommandRegistry registry) {
        return registry.find(command.name()).map(found -> found.info().has(CommandTrait.TAKES_TRANSPORT)).orElse(false);
    }

    private static String shownUnparsed(String line, CommandRegistry registry) {
        List<String> pieces = new ArrayList<>();
        for (String piece : line.split(";", -1)) {
            String text = piece.strip();
            if (text.isEmpty()) {
                pieces.add(piece);
                continue;
            }
            int wordEnd = 0;
            while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            CommandText command = new CommandText(text.substring(0, wordEnd), text.substring(wordEnd).strip(), text);
            int at = piece.indexOf(text);
            pieces.add(piece.substring(0, at) + shown(command, registry) + piece.substring(at + text.length()));
        }
        return String.join(";", pieces);
    }
}
