package io.dbgshell.session;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;

import java.util.List;
import java.util.Optional;

/**
 * Who may run what: the one place where a participant's {@link Seat} meets the traits its commands
 * declare. Every line's commands pass here before any of them runs, whatever brought them (typed,
 * a script's lines), and so do commands stored to run later (a breakpoint's) and break-ins.
 * Refusals are one line without the {@code Error:} prefix.
 */
final class Rights {
    private final CommandRegistry commands;

    Rights(CommandRegistry commands) {
        this.commands = commands;
    }

    /** Why {@code seat} may not run {@code line}, if it may not; unknown names are left to the run to report. */
    Optional<String> lineRefusal(Seat seat, List<CommandText> line) {
        for (CommandText text : line) {
            Optional<String> refused = known(text).flatMap(command -> refusal(seat, text.name(), command.info()));
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code seat} may not store {@code line} to run later on the host's behalf (a breakpoint's
     * commands), if it may not: every command must be one it may run itself, and none may store
     * commands in turn, since those would be stored with the host's rights when the outer ones run.
     */
    Optional<String> storeRefusal(Seat seat, List<CommandText> line) {
        if (seat.standing() == Seat.Standing.HOST) {
            return Optional.empty();
        }
        for (CommandText text : line) {
            if (known(text).map(command -> command.info().has(CommandTrait.STORES_COMMANDS)).orElse(false)) {
                return Optional.of("a client's stored commands may not store commands in turn ('" + text.name() + "')");
            }
        }
        return lineRefusal(seat, line);
    }

    /** Why {@code seat} may not break in (Ctrl-C, a BREAK frame), if it may not: {@code .break}'s rule. */
    static Optional<String> breakInRefusal(Seat seat) {
        return seat.standing() == Seat.Standing.OBSERVER
                ? Optional.of("break-in changes the target, and you are an observer") : Optional.empty();
    }

    private Optional<Command> known(CommandText text) {
        return text.isComment() ? Optional.empty() : commands.find(text.name());
    }

    private static Optional<String> refusal(Seat seat, String typed, CommandInfo info) {
        if (seat.standing() == Seat.Standing.HOST) {
            return Optional.empty();
        }
        if (info.has(CommandTrait.HOST_ONLY)) {
            return Optional.of("'" + typed + "' is the host's alone");
        }
        // a command that declares nothing is refused too: only what says it reads is an observer's
        if (seat.standing() == Seat.Standing.OBSERVER && !info.has(CommandTrait.LOOKS)) {
            return Optional.of("'" + typed + "' changes the target or the session, and you are an observer");
        }
        if (info.has(CommandTrait.HOST_RESOURCES) && !seat.usesHostFiles()) {
            return Optional.of("'" + typed + "' uses the host's files or processes, which "
                    + (seat.standing() == Seat.Standing.OBSERVER ? "an observer may not"
                    : "the server you joined through does not grant (hostfiles)"));
        }
        return Optional.empty();
    }
}
