package io.dbgshell.command;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
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
 */
public final class ScriptFile {
    private static final Pattern ARGUMENT_REFERENCE = Pattern.compile("\\$\\{\\$arg(\\d{1,9})\\}");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ScriptFile() {
    }

    /**
     * Reads the invocation's file, a relative name resolved against {@code directory}, as UTF-8.
     *
     * @throws ScriptFileException naming the file when it cannot be read or a line is too long
     */
    public static List<String> commandLines(ScriptInvocation invocation, Path directory) throws ScriptFileException {
        return prepare(invocation, read(invocation.fileName(), directory));
    }

    /** The pure half of {@link #commandLines}: the lines of a file already read. */
    static List<String> prepare(ScriptInvocation invocation, List<String> fileLines) throws ScriptFileException {
        List<String> lines = new ArrayList<>();
        for (int number = 1; number <= fileLines.size(); number++) {
            String line = fileLines.get(number - 1);
            if (line.length() > CommandLineSplitter.MAX_LINE_LENGTH) {
                throw new ScriptFileException("Error: line " + number + " of script file '" + invocation.fileName()
                        + "' is longer than " + CommandLineSplitter.MAX_LINE_LENGTH + " characters");
            }
            String command = line.strip();
            boolean dropped = command.isEmpty()
                    || invocation.form().condensed() && command.startsWith(CommandText.LINE_COMMENT);
            if (!dropped) {
                lines.add(invocation.form().takesArguments() ? substitute(command, invocation) : command);
            }
        }
        if (invocation.form().condensed()) {
            return lines.isEmpty() ? List.of() : List.of(String.join(";", lines));
        }
        return List.copyOf(lines);
    }

    private static String substitute(String line, ScriptInvocation invocation) {
        Matcher reference = ARGUMENT_REFERENCE.matcher(line);
        return reference.replaceAll(match -> {
            int n = Integer.parseInt(match.group(1));
            if (n == 0) {
                return Matcher.quoteReplacement(invocation.fileName());
            }
            List<String> arguments = invocation.arguments();
            return Matcher.quoteReplacement(n <= arguments.size() ? arguments.get(n - 1) : match.group());
        });
    }

    private static List<String> read(String fileName, Path directory) throws ScriptFileException {
        Path file;
        try {
            file = directory.resolve(fileName);
        } catch (InvalidPathException e) {
            throw new ScriptFileException("Error: bad script file name '" + fileName + "'", e);
        }
        if (Files.isDirectory(file)) {
            throw new ScriptFileException("Error: script file '" + fileName + "' is a directory");
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && !lines.get(0).isEmpty() && lines.get(0).charAt(0) == BYTE_ORDER_MARK) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (NoSuchFileException e) {
            throw new ScriptFileException("Error: script file '" + fileName + "' not found", e);
        } catch (AccessDeniedException e) {
            throw new ScriptFileException("Error: script file '" + fileName + "' cannot be read: permission denied", e);
        } catch (CharacterCodingException e) {
            throw new ScriptFileException("Error: script file '" + fileName + "' is not valid UTF-8", e);
        } catch (IOException e) {
            throw new ScriptFileException("Error: script file '" + fileName + "' cannot be read: " + e.getMessage(), e);
        }
    }
}
