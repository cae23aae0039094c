package io.dbgshell.command;

import io.dbgshell.files.IoErrors;
import io.dbgshell.files.UserFileException;
import io.dbgshell.files.UserFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a script file into the command lines to run (windbg-notes §5.3).
 *
 * <p>Plain forms give one entry per non-blank line, each split later with
 * {@link CommandLineSplitter#split}. Condensed forms give a single entry, the non-blank lines
 * joined with {@code ;}, to be split with {@link CommandLineSplitter#splitBlock}. Before condensing,
 * lines that start with a {@code *} comment are dropped: in WinDbg such a line would comment out
 * the whole rest of the block, which silently skips the script and is never what its writer meant.
 * A {@code *} after a {@code ;} inside a line still runs to the end of the block, as in WinDbg.
 *
 * <p>For {@code $$>a<}, {@code ${$argN}} becomes argument N (1-based), {@code ${$arg0}} the file
 * name as given, and a reference to a missing argument stays as written.
 *
 * <p>Every size is bounded: a file over {@link CommandSettings#SCRIPT_BYTES} is refused without
 * being read further, and so is a line over {@link CommandLineSplitter#MAX_LINE_LENGTH} characters,
 * before and after its arguments are substituted (a script that calls itself with its arguments
 * doubled stops there).
 * The file is opened as {@link UserFiles} opens user-named files: a FIFO or a device is refused.
 */
public final class ScriptFile {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern ARGUMENT_REFERENCE = Pattern.compile("\\$\\{\\$arg(\\d{1,9})\\}");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ScriptFile() {
    }

    /**
     * Reads the invocation's file, a relative name resolved against {@code directory}, as UTF-8,
     * opened by {@code files}.
     *
     * @param maxBytes the largest file that runs ({@link CommandSettings#SCRIPT_BYTES})
     * @throws ScriptFileException naming the file when it cannot be read, is too large or a line is too long
     */
    public static List<String> commandLines(ScriptInvocation invocation, Path directory, UserFiles files, int maxBytes)
            throws ScriptFileException {
        return prepare(invocation, read(invocation.fileName(), directory, files, maxBytes));
    }

    /** The pure half of {@link #commandLines}: the lines of a file already read. */
    static List<String> prepare(ScriptInvocation invocation, List<String> fileLines) throws ScriptFileException {
        List<String> lines = new ArrayList<>();
        for (int number = 1; number <= fileLines.size(); number++) {
            String line = fileLines.get(number - 1);
            checkLength(invocation, number, line, "");
            String command = line.strip();
            boolean dropped = command.isEmpty()
                    || invocation.form().condensed() && command.startsWith(CommandText.LINE_COMMENT);
            if (!dropped) {
                if (invocation.form().takesArguments()) {
                    command = substitute(command, invocation);
                    checkLength(invocation, number, command, " once its arguments are substituted");
                }
                lines.add(command);
            }
        }
        if (invocation.form().condensed()) {
            return lines.isEmpty() ? List.of() : List.of(String.join(";", lines));
        }
        return List.copyOf(lines);
    }

    private static void checkLength(ScriptInvocation invocation, int number, String line, String when)
            throws ScriptFileException {
        if (line.length() > CommandLineSplitter.MAX_LINE_LENGTH) {
            throw new ScriptFileException("line " + number + " of script file '" + invocation.fileName()
                    + "' is longer than " + CommandLineSplitter.MAX_LINE_LENGTH + " characters" + when);
        }
    }

    /**
     * Substitutes the arguments, giving up as soon as the result is over the line limit: the limit
     * is checked afterwards, and this keeps a line of a thousand references to a long argument
     * from being built first.
     */
    private static String substitute(String line, ScriptInvocation invocation) {
        Matcher reference = ARGUMENT_REFERENCE.matcher(line);
        StringBuilder result = new StringBuilder();
        while (reference.find() && result.length() <= CommandLineSplitter.MAX_LINE_LENGTH) {
            int n = Integer.parseInt(reference.group(1));
            List<String> arguments = invocation.arguments();
            String value = n == 0 ? invocation.fileName()
                    : n <= arguments.size() ? arguments.get(n - 1) : reference.group();
            reference.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        return reference.appendTail(result).toString();
    }

    private static List<String> read(String fileName, Path directory, UserFiles files, int maxBytes)
            throws ScriptFileException {
        Path file;
        try {
            file = directory.resolve(fileName);
        } catch (InvalidPathException e) {
            throw new ScriptFileException("bad script file name '" + fileName + "'", e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(files.read(file, maxBytes)))
                    .toString();
            if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                text = text.substring(1);
            }
            if (text.isEmpty()) {
                return List.of();
            }
            // as Files.readAllLines splits: a break at the very end ends the last line, it starts none
            List<String> lines = new ArrayList<>(List.of(LINE_BREAK.split(text, -1)));
            if (lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        } catch (UserFileException e) {
            throw new ScriptFileException("script file '" + fileName + "' " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new ScriptFileException("script file '" + fileName + "' not found", e);
        } catch (CharacterCodingException e) {
            throw new ScriptFileException("script file '" + fileName + "' is not valid UTF-8", e);
        } catch (IOException e) {
            throw new ScriptFileException("script file '" + fileName + "' cannot be read: " + IoErrors.describe(e), e);
        }
    }
}
