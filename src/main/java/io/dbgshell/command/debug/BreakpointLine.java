package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.EngineException;

import java.util.Iterator;
import java.util.Optional;

/**
 * The arguments of {@code bp}, {@code bu} and {@code bm}, parsed once:
 * {@code [/1] LOCATION [PASSES] ["COMMANDS"]}; every error names the token that is wrong.
 *
 * @param target the location or {@code bm} pattern as typed
 */
record BreakpointLine(String target, boolean oneHit, int passes, Optional<String> commands) {

    static BreakpointLine parse(String command, String arguments) throws CommandException {
        Iterator<ArgumentTokens.Token> tokens = ArgumentTokens.split(arguments).iterator();
        boolean oneHit = false;
        ArgumentTokens.Token token = next(tokens);
        while (token != null && !token.quoted() && token.text().startsWith("/")) {
            switch (token.text()) {
                case "/1" -> oneHit = true;
                case "/w" -> throw new CommandException(command + " /w: conditions come with expressions, not yet supported");
                default -> throw new CommandException(command + ": unknown option '" + token.text() + "' (only /1)");
            }
            token = next(tokens);
        }
        if (token == null || token.quoted()) {
            throw new CommandException(command + ": expected a location (Class:LINE, File.java:LINE, Class.method)");
        }
        String target = token.text();
        int passes = 1;
        token = next(tokens);
        if (token != null && !token.quoted()) {
            passes = passes(command, token.text());
            token = next(tokens);
        }
        Optional<String> commands = Optional.empty();
        if (token != null) {
            if (!token.quoted()) {
                throw new CommandException(command + ": '" + token.text() + "' is not a pass count; commands go in double quotes");
            }
            commands = Optional.of(token.text());
            token = next(tokens);
        }
        if (token != null) {
            throw new CommandException(command + ": unexpected '" + token.text() + "' after the commands");
        }
        return new BreakpointLine(target, oneHit, passes, commands);
    }

    /** The breakpoint at this line's location. */
    BreakpointSpec spec() throws CommandException {
        try {
            return spec(CodeLocation.parse(target));
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /** The breakpoint with this line's options at {@code location}. */
    BreakpointSpec spec(CodeLocation location) {
        return new BreakpointSpec(location, oneHit, passes, commands);
    }

    private static int passes(String command, String text) throws CommandException {
        if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) == 0) {
            throw new CommandException(command + ": '" + text + "' is not a pass count (1-" + BreakpointSpec.MAX_PASSES + ")");
        }
        return Integer.parseInt(text);
    }

    private static ArgumentTokens.Token next(Iterator<ArgumentTokens.Token> tokens) {
        return tokens.hasNext() ? tokens.next() : null;
    }
}
