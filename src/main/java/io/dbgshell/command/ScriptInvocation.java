package io.dbgshell.command;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed script command: which form, which file (quotes removed), and for {@code $$>a<} the
 * arguments. Quoting follows windbg-notes §5.3: double quotes group a name or an argument that
 * holds spaces, and no argument may contain {@code "} or {@code ;}.
 *
 * @param form      the script form
 * @param fileName  the file name as given, without surrounding quotes; never empty
 * @param arguments the arguments, in order; empty unless {@code form.takesArguments()}
 */
public record ScriptInvocation(ScriptForm form, String fileName, List<String> arguments) {
    public ScriptInvocation {
        arguments = List.copyOf(arguments);
    }

    /**
     * Parses a script command as {@link CommandLineSplitter} cut it out; the splitter is its only
     * caller, and the command receives the result in {@link CommandText#script()}.
     *
     * @throws CommandSyntaxException   for a missing file name, an unclosed quote, a leftover token
     *                                  after a quoted name, or a forbidden character in an argument
     * @throws IllegalArgumentException if {@code name} is not a script token (a caller's mistake)
     */
    public static ScriptInvocation parse(String name, String arguments) throws CommandSyntaxException {
        ScriptForm form = ScriptForm.ofName(name)
                .orElseThrow(() -> new IllegalArgumentException("not a script command: " + name));
        String rest = arguments.strip();
        if (rest.isEmpty()) {
            throw new CommandSyntaxException("" + name + " needs a file name");
        }
        if (form.takesArguments()) {
            List<String> words = words(name, rest);
            return new ScriptInvocation(form, words.get(0), words.subList(1, words.size()));
        }
        if (form.allowsMoreCommands() && rest.indexOf(';') >= 0) {
            throw new CommandSyntaxException("the file name of " + name + " may not contain ';': " + rest);
        }
        return new ScriptInvocation(form, fileName(name, rest), List.of());
    }

    /** A name that is either all of {@code rest}, or one quoted string with nothing after it. */
    private static String fileName(String name, String rest) throws CommandSyntaxException {
        if (rest.charAt(0) != '"') {
            return rest;
        }
        int close = closingQuote(name, rest, 0);
        String leftover = rest.substring(close + 1).strip();
        if (!leftover.isEmpty()) {
            throw new CommandSyntaxException("unexpected '" + leftover + "' after the file name of " + name);
        }
        return nonEmpty(name, rest.substring(1, close));
    }

    /** Space-separated words, a quoted word holding spaces; the first is the file name. */
    private static List<String> words(String name, String rest) throws CommandSyntaxException {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < rest.length()) {
            if (Character.isWhitespace(rest.charAt(i))) {
                i++;
                continue;
            }
            int end;
            String word;
            if (rest.charAt(i) == '"') {
                end = closingQuote(name, rest, i) + 1;
                word = rest.substring(i + 1, end - 1);
                if (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                    throw new CommandSyntaxException("missing space after " + rest.substring(i, end)
                            + " in " + name);
                }
            } else {
                end = i;
                while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                    end++;
                }
                word = rest.substring(i, end);
                if (word.indexOf('"') >= 0) {
                    throw new CommandSyntaxException("script argument '" + word + "' may not contain '\"'");
                }
            }
            if (word.indexOf(';') >= 0) {
                throw new CommandSyntaxException("script argument '" + word + "' may not contain ';'");
            }
            words.add(words.isEmpty() ? nonEmpty(name, word) : word);
            i = end;
        }
        return words;
    }

    private static int closingQuote(String name, String text, int open) throws CommandSyntaxException {
        int close = text.indexOf('"', open + 1);
        if (close < 0) {
            throw new CommandSyntaxException("missing closing quote in " + name + " " + text);
        }
        return close;
    }

    private static String nonEmpty(String name, String fileName) throws CommandSyntaxException {
        if (fileName.isBlank()) {
            throw new CommandSyntaxException("" + name + " needs a file name");
        }
        return fileName;
    }
}
