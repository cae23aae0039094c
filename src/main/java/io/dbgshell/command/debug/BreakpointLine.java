package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.expr.Expression;
import io.dbgshell.engine.expr.Node;
import io.dbgshell.engine.expr.SyntaxError;

import java.util.Iterator;
import java.util.Optional;

/**
 * The arguments of {@code bp}, {@code bu}, {@code bm} and (after its access) {@code ba}, parsed once:
 * {@code [/1] [/w "CONDITION"] LOCATION [PASSES] ["COMMANDS"]}; every error names the token that is
 * wrong, and a condition that does not parse puts a caret under its column ({@code ^ Syntax error in '...'}).
 *
 * @param target    the location, {@code bm} pattern or {@code ba} field as typed
 * @param condition {@code /w}'s, parsed
 */
record BreakpointLine(String target, boolean oneHit, int passes, Optional<String> commands,
                      Optional<Expression> condition) {

    private static final String LOCATION = "a location (Class:LINE, File.java:LINE, Class.method)";

    static BreakpointLine parse(String command, String arguments) throws CommandException {
        return parse(command, ArgumentTokens.split(arguments).iterator(), LOCATION);
    }

    /**
     * {@code ba r|w [/1] [/w "CONDITION"] Class.field [PASSES] ["COMMANDS"]}: the access first, as
     * WinDbg's {@code ba} takes it.
     */
    static BreakpointSpec watch(String arguments) throws CommandException {
        Iterator<ArgumentTokens.Token> tokens = ArgumentTokens.split(arguments).iterator();
        ArgumentTokens.Token access = next(tokens);
        if (access == null || access.quoted()) {
            throw new CommandException("ba: expected r (read) or w (write), then Class.field");
        }
        BreakpointLine line = parse("ba", tokens, "a field (Class.field)");
        try {
            return line.spec(CodeLocation.FieldAccess.parse(access.text(), line.target()));
        } catch (EngineException e) {
            throw new CommandException("ba: " + e.getMessage());
        }
    }

    private static BreakpointLine parse(String command, Iterator<ArgumentTokens.Token> tokens, String expected)
            throws CommandException {
        boolean oneHit = false;
        Optional<Expression> condition = Optional.empty();
        ArgumentTokens.Token token = next(tokens);
        while (token != null && !token.quoted() && token.text().startsWith("/")) {
            switch (token.text()) {
                case "/1" -> oneHit = true;
                case "/w" -> condition = Optional.of(condition(command, next(tokens)));
                default -> throw new CommandException(command + ": unknown option '" + token.text() + "' (/1 or /w)");
            }
            token = next(tokens);
        }
        if (token == null || token.quoted()) {
            throw new CommandException(command + ": expected " + expected);
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
        return new BreakpointLine(target, oneHit, passes, commands, condition);
    }

    /** {@code /w}'s quoted condition, parsed now so that a hit only evaluates it. */
    private static Expression condition(String command, ArgumentTokens.Token token) throws CommandException {
        if (token == null || !token.quoted()) {
            throw new CommandException(command + " /w: the condition goes in double quotes (/w \"i == 7\")");
        }
        Expression condition;
        try {
            condition = Expression.parse(token.text());
        } catch (SyntaxError e) {
            // the caret as dx's: under the character as typed (escapes widen it), behind the command's name and a blank
            throw new CommandException(e.caretLine(command.length() + 1 + token.typedColumn(e.column()) - e.column()));
        }
        Optional<Node> call = condition.firstCall();
        if (call.isPresent()) {
            // evaluated on the event thread at every hit, a condition runs no target code (docs/decisions.md)
            String what = call.get() instanceof Node.Call method ? method.name() : "new " + ((Node.New) call.get()).type().name();
            throw new CommandException(command + " /w: a condition may not call methods or use new ('" + what + "' at column "
                    + (call.get().column() + 1) + "): it runs at every hit; use ?? at a stop instead");
        }
        return condition;
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
        return new BreakpointSpec(location, oneHit, passes, commands, condition);
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
