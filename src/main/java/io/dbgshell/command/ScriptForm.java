package io.dbgshell.command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five ways to run a script file, with the properties WinDbg documents for each
 * (windbg-notes §5.3). The single-{@code $} forms take the rest of the line as the file name; the
 * {@code $$} forms end at the next {@code ;} so further commands may follow them.
 */
public enum ScriptForm {
    /** {@code $<}: file name to the end of the line; the file runs line by line. */
    PLAIN("$<", false, false, false, true),
    /** {@code $><}: file name to the end of the line; the file runs as one block. */
    CONDENSED("$><", false, true, false, true),
    /** {@code $$<}: file name up to {@code ;}; the file runs line by line. */
    PLAIN_CHAINABLE("$$<", true, false, false, true),
    /** {@code $$><}: file name up to {@code ;}; the file runs as one block. */
    CONDENSED_CHAINABLE("$$><", true, true, false, true),
    /** {@code $$>a<}: file name and arguments up to {@code ;}; one block; only output is shown. */
    WITH_ARGUMENTS("$$>a<", true, true, true, false);

    /**
     * Longest token first, so that {@code $$><} is not mistaken for {@code $$<} and so on. Compared
     * by a lambda of this class rather than Comparator's combinators, whose lambdas the CDS archive
     * does not keep: spinning one at start-up costs the first prompt a few ms.
     */
    private static final List<ScriptForm> BY_TOKEN_LENGTH = Arrays.stream(values())
            .sorted((one, other) -> Integer.compare(other.token.length(), one.token.length()))
            .toList();

    private final String token;
    private final boolean allowsMoreCommands;
    private final boolean condensed;
    private final boolean takesArguments;
    private final boolean echoesCommands;

    ScriptForm(String token, boolean allowsMoreCommands, boolean condensed, boolean takesArguments,
            boolean echoesCommands) {
        this.token = token;
        this.allowsMoreCommands = allowsMoreCommands;
        this.condensed = condensed;
        this.takesArguments = takesArguments;
        this.echoesCommands = echoesCommands;
    }

    /** The token as typed, e.g. {@code $$>a<}; also the command name a script command gets. */
    public String token() {
        return token;
    }

    /** Whether a {@code ;} ends this command so that further commands on the line run after it. */
    public boolean allowsMoreCommands() {
        return allowsMoreCommands;
    }

    /** Whether the file's lines are joined with {@code ;} and run as one command block. */
    public boolean condensed() {
        return condensed;
    }

    /** Whether arguments follow the file name and replace {@code ${$argN}} in the file. */
    public boolean takesArguments() {
        return takesArguments;
    }

    /** Whether each command from the file is shown before its output. */
    public boolean echoesCommands() {
        return echoesCommands;
    }

    /** The form whose token starts {@code text} at {@code index} ({@code $$>a<} also as {@code $$>A<}). */
    public static Optional<ScriptForm> at(String text, int index) {
        // asked for every command of every line, most of which are not scripts: answer those at the first character
        if (index >= text.length() || text.charAt(index) != '$') {
            return Optional.empty();
        }
        for (ScriptForm form : BY_TOKEN_LENGTH) {
            if (text.regionMatches(true, index, form.token, 0, form.token.length())) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    /** The form named by a {@link CommandText#name()}, if it is a script command at all. */
    public static Optional<ScriptForm> ofName(String name) {
        return Arrays.stream(values()).filter(form -> form.token.equals(name)).findFirst();
    }
}
