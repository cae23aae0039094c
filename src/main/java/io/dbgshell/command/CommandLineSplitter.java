package io.dbgshell.command;

import io.dbgshell.security.Secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cuts a command line into its commands (SPEC §3, windbg-notes §5.3-5.4).
 *
 * <ul>
 *   <li>Commands are separated by {@code ;}; empty pieces are skipped.</li>
 *   <li>Double quotes protect {@code ;} in every command ({@code bp Loop:12 "dv; g"}): a {@code ;}
 *       between a {@code "} and the next {@code "} is part of the command. A quote left open is an
 *       error naming the command. Inside quotes, {@code \"} and {@code \\} are escapes that do not
 *       end them ({@code bp Loop:9 ".printf \"a;b\\n\"; g"}). Comments, the script commands and unquoted {@code .echo} text
 *       are the exceptions below.</li>
 *   <li>{@code .echo "text"}: quoted text may contain {@code ;}; unquoted text runs to the first {@code ;}.</li>
 *   <li>{@code $<FILE} and {@code $><FILE} take the rest of the line, semicolons included, and so does
 *       {@code .remote_exit CMDS}, whose CMDS are the commands it runs before the client leaves.</li>
 *   <li>{@code .srcpath DIRS} takes the rest of the line too: its directories are separated by
 *       {@code ;}, as in WinDbg, and so does its appending form glued to the name ({@code .srcpath+DIRS}).
 *       {@code .srcpath} with nothing after it ends at the next {@code ;}.</li>
 *   <li>{@code $$<FILE}, {@code $$><FILE} and {@code $$>a<FILE ARGS} end at the next {@code ;}; they are
 *       parsed here, once, into {@link CommandText#script()}, so a bad one refuses the whole line.</li>
 *   <li>A command's name ends at a blank, or earlier where its arguments may be glued to it, as in
 *       WinDbg: after {@code ??} or {@code ?} ({@code ??a}), before an option's {@code /}
 *       ({@code dv/t}) and before a dot command's {@code +} ({@code .srcpath+DIR}).</li>
 *   <li>{@code *} starting a command makes the rest of the line a comment; {@code $$} (not a script
 *       token) makes a comment up to the next {@code ;}. Comments are returned, named
 *       {@link CommandText#LINE_COMMENT} and {@link CommandText#COMMENT}, so that a script can echo
 *       them; {@link CommandText#isComment()} tells the caller to run nothing.</li>
 * </ul>
 */
public final class CommandLineSplitter {
    /** The longest line a user may type (SPEC §3). */
    public static final int MAX_LINE_LENGTH = 4096;

    private static final String ECHO = ".echo";
    private static final String REMOTE_EXIT = ".remote_exit";
    private static final String SRCPATH = ".srcpath";
    private static final String SRCPATH_APPEND = SRCPATH + "+";
    private static final String THREAD_PREFIX = "~";
    private static final char EVALUATE = '?';

    private CommandLineSplitter() {
    }

    /** Splits a typed line or a line read from a script file. */
    public static List<CommandText> split(String line) throws CommandSyntaxException {
        checkLength(line);
        return splitBlock(line);
    }

    /** Refuses a line over {@link #MAX_LINE_LENGTH}; a client checks this before it sends the line. */
    public static void checkLength(String line) throws CommandSyntaxException {
        if (line.length() > MAX_LINE_LENGTH) {
            throw new CommandSyntaxException("the command line is " + line.length()
                    + " characters long; the limit is " + MAX_LINE_LENGTH);
        }
    }

    /**
     * Splits a condensed script block without the length limit: the block is many file lines
     * joined with {@code ;}, each of which {@link ScriptFile} already held to the limit.
     */
    public static List<CommandText> splitBlock(String block) throws CommandSyntaxException {
        List<CommandText> commands = new ArrayList<>();
        int i = 0;
        while (i < block.length()) {
            char c = block.charAt(i);
            if (c == ';' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = commandEnd(block, i);
            commands.add(command(block.substring(i, end).strip()));
            i = end;
        }
        return commands;
    }

    /** Where the command starting at {@code start} ends: at a separating {@code ;} or the line's end. */
    private static int commandEnd(String line, int start) throws CommandSyntaxException {
        if (line.charAt(start) == '*') {
            return line.length();
        }
        Optional<ScriptForm> form = ScriptForm.at(line, start);
        if (form.isPresent() && !form.get().allowsMoreCommands()) {
            return line.length();
        }
        if (form.isEmpty() && isWord(line, start, ECHO)) {
            return echoEnd(line, start + ECHO.length());
        }
        if (isWord(line, start, REMOTE_EXIT)) {
            return line.length();
        }
        if (isWord(line, start, SRCPATH) || line.regionMatches(true, start, SRCPATH_APPEND, 0, SRCPATH_APPEND.length())) {
            int directories = skipSpaces(line, start + SRCPATH.length());
            return directories == line.length() || line.charAt(directories) == ';' ? directories : line.length();
        }
        if (form.isPresent() || line.startsWith(CommandText.COMMENT, start)) {
            // a script's arguments may not hold ';' (windbg-notes §5.3) and a comment's quotes are prose
            return nextSemicolon(line, start);
        }
        return unquotedSemicolon(line, start);
    }

    /** The first {@code ;} from {@code start} that is not between double quotes, or the line's end. */
    private static int unquotedSemicolon(String line, int start) throws CommandSyntaxException {
        boolean quoted = false;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                i++; // an escaped quote inside quotes (a logpoint's ".printf \"i=%d\\n\", i; g") does not end them
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return i;
            }
        }
        if (quoted) {
            throw new CommandSyntaxException("missing closing quote in '"
                    + Secrets.mask(line.substring(start).strip()) + "'");
        }
        return line.length();
    }

    private static boolean isWord(String line, int start, String word) {
        int after = start + word.length();
        return line.regionMatches(true, start, word, 0, word.length())
                && (after == line.length() || Character.isWhitespace(line.charAt(after)) || line.charAt(after) == ';');
    }

    /** Quoted {@code .echo} text may hold {@code ;}; the command then ends at the next {@code ;}. */
    private static int echoEnd(String line, int afterWord) throws CommandSyntaxException {
        int textStart = skipSpaces(line, afterWord);
        if (textStart == line.length() || line.charAt(textStart) != '"') {
            return nextSemicolon(line, afterWord);
        }
        int close = line.indexOf('"', textStart + 1);
        if (close < 0) {
            // the unclosed text swallowed the rest of the line, commands and their passwords included
            throw new CommandSyntaxException("missing closing quote in .echo "
                    + Secrets.mask(line.substring(textStart)));
        }
        return nextSemicolon(line, close + 1);
    }

    private static int skipSpaces(String line, int from) {
        int next = from;
        while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
            next++;
        }
        return next;
    }

    private static int nextSemicolon(String line, int from) {
        int semicolon = line.indexOf(';', from);
        return semicolon < 0 ? line.length() : semicolon;
    }

    /** Names one command whose extent is already known. */
    private static CommandText command(String text) throws CommandSyntaxException {
        if (text.startsWith(CommandText.LINE_COMMENT)) {
            return new CommandText(CommandText.LINE_COMMENT, text.substring(1).strip(), text);
        }
        Optional<ScriptForm> form = ScriptForm.at(text, 0);
        if (form.isPresent()) {
            String name = form.get().token();
            String arguments = text.substring(name.length()).strip();
            return new CommandText(name, arguments, text, Optional.of(ScriptInvocation.parse(name, arguments)));
        }
        if (text.startsWith(CommandText.COMMENT)) {
            return new CommandText(CommandText.COMMENT, text.substring(2).strip(), text);
        }
        int wordEnd = wordEnd(text);
        String word = text.substring(0, wordEnd);
        if (word.startsWith(THREAD_PREFIX) && word.length() > 1) {
            // WinDbg's thread commands glue their thread and action to the tilde: ~3s, ~*k, ~#
            return new CommandText(THREAD_PREFIX, (word.substring(1) + " " + text.substring(wordEnd)).strip(), text);
        }
        String name = word.startsWith(".") ? word.toLowerCase(Locale.ROOT) : word;
        return new CommandText(name, text.substring(wordEnd).strip(), text);
    }

    /**
     * Where the command word of {@code text} ends. As in WinDbg, the arguments may follow it without
     * a blank where they cannot be part of the word (docs/decisions.md): {@code ?} and {@code ??}
     * end at their last {@code ?} ({@code ??a}), an option's {@code /} starts the arguments
     * ({@code dv/t}, {@code bp/w "i > 2" Loop:9}), and so does the {@code +} of a dot command's
     * appending form ({@code .srcpath+DIR}).
     */
    private static int wordEnd(String text) {
        int end = 0;
        if (text.charAt(0) == EVALUATE) {
            while (end < text.length() && text.charAt(end) == EVALUATE) {
                end++;
            }
            return end;
        }
        boolean dot = text.charAt(0) == '.';
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isWhitespace(c) || (end > 0 && (c == '/' || (dot && c == '+')))) {
                return end;
            }
            end++;
        }
        return end;
    }
}
