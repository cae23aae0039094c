package io.dbgshell.session;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandLineSplitter;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandSettings;
import io.dbgshell.command.CommandSyntaxException;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.command.ScriptDepth;
import io.dbgshell.command.ScriptFile;
import io.dbgshell.command.ScriptFileException;
import io.dbgshell.command.ScriptInvocation;
import io.dbgshell.command.TransportArguments;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.Engine;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.TargetState;
import io.dbgshell.files.UserFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Interprets lines: shows a typed line to everyone, splits it, and runs its commands, the scripts
 * they start and a breakpoint's commands, each as a {@link LineRun}. A command that finishes later
 * parks its run; the rest of the run goes on once the command's stage completes and the target is
 * not running again, while everything else in the session carries on. Used only in the session
 * executor's turn.
 */
final class LineRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LineRunner.class);

    /** ENGINE.md §2: what a command that needs a stopped target answers while the target runs. */
    static final String TARGET_RUNNING = "Error: the target is running (.break or Ctrl-C stops it)";

    private final Session session;
    private final CommandRegistry commands;
    private final Fanout out;
    private final Roster roster;
    private final Engine engine;
    private final Rights rights;
    private final UserFiles files;
    private final int scriptBytes;
    private final ScriptDepth scriptDepth;
    /** Runs waiting for a command's stage, in the order they parked. */
    private final List<LineRun> parked = new ArrayList<>();
    /** The stage the newest park waits for: a run whose own stage ends while the target runs again waits for it too. */
    private CompletionStage<?> newestStage;

    /** @param files opens scripts, as large as {@link CommandSettings#SCRIPT_BYTES} and as deep as {@link CommandSettings#SCRIPT_DEPTH} */
    LineRunner(Session session, CommandRegistry commands, Fanout out, Roster roster, Engine engine, UserFiles files,
               Tunables tunables) {
        this.session = session;
        this.commands = commands;
        this.out = out;
        this.roster = roster;
        this.engine = engine;
        this.rights = new Rights(commands);
        this.files = files;
        this.scriptBytes = tunables.get(CommandSettings.SCRIPT_BYTES);
        this.scriptDepth = new ScriptDepth(tunables.get(CommandSettings.SCRIPT_DEPTH));
    }

    /** The line's commands, if every one of them never waits (it may then run on a link's event loop). */
    Optional<List<CommandText>> neverWaits(String line) {
        try {
            List<CommandText> parsed = CommandLineSplitter.split(line);
            for (CommandText command : parsed) {
                if (!command.isComment() && !commands.find(command.name())
                        .map(found -> found.info().has(CommandTrait.NEVER_WAITS)).orElse(false)) {
                    return Optional.empty();
                }
            }
            return Optional.of(parsed);
        } catch (CommandSyntaxException e) {
            return Optional.empty(); // the session thread reports it, like any other line
        }
    }

    /**
     * Shows and runs one typed line as {@code run} (new, empty); {@code parsed} is its commands if
     * they were split already. The run finishes when the line is over, however it ends.
     */
    void typed(LineRun run, String line, Optional<List<CommandText>> parsed) {
        Participant origin = run.origin();
        if (session.isEnding() || !roster.present(origin)) {
            run.abandon(); // a client's lines that arrive after it left are not run
            return;
        }
        roster.markActive(origin, session.clock().instant());
        String visible = ControlCharacters.replace(line);
        String own = out.prompt() + TransportArguments.shown(visible, commands);
        out.broadcast((origin.isHost() ? own : origin.describe() + " " + own) + "\n", origin);
        if (origin.echoesOwnInput()) {
            out.tell(origin, own + "\n");
        }
        if (!visible.equals(line)) {
            // a line break would let a client forge lines (notices, other people's commands) on every
            // screen, and escape sequences would drive other people's terminals
            out.println("Error: a command line may not contain control characters (shown as ?)");
            run.abandon();
            return;
        }
        try {
            pushCommands(run, parsed.isPresent() ? parsed.get() : CommandLineSplitter.split(line), false);
        } catch (CommandSyntaxException e) {
            out.println("Error: " + e.getMessage());
        }
        drive(run, 0);
    }

    /** Runs a script as {@code run} (new, empty) without showing a command for it ({@code -cf}). */
    void script(LineRun run, ScriptInvocation invocation) {
        if (session.isEnding()) {
            run.abandon();
            return;
        }
        pushScript(run, invocation);
        drive(run, 0);
    }

    /**
     * Runs a breakpoint's command string as the host would a one-line script (only output is
     * shown), ahead of any line typed after the stop; a {@code g} at its end parks it like any line.
     */
    void breakpointCommands(String line) {
        if (session.isEnding()) {
            return;
        }
        LineRun run = new LineRun(BreakpointOrigin.INSTANCE);
        run.push(new LineRun.Script(List.of(line), false, false));
        drive(run, 0);
    }

    /** Puts a script on top of {@code run}; it runs next. Problems are shown to everyone, not thrown. */
    void pushScript(LineRun run, ScriptInvocation invocation) {
        if (!scriptDepth.allowsAnother(run.scriptDepth())) {
            out.println(scriptDepth.exceededMessage());
            run.abandon(); // the whole chain stops
            return;
        }
        try {
            // relative names are the host's: every script runs here, whoever typed its command
            List<String> lines = ScriptFile.commandLines(invocation, Path.of("").toAbsolutePath(), files, scriptBytes);
            run.push(new LineRun.Script(lines, invocation.form().condensed(), invocation.form().echoesCommands()));
        } catch (ScriptFileException e) {
            out.println("Error: " + e.getMessage());
        }
    }

    /** Runs {@code line} now inside {@code run}'s innermost script, before the command that asked goes on. */
    void runNow(LineRun run, String line) {
        try {
            int floor = run.depth();
            pushCommands(run, CommandLineSplitter.split(line), run.scriptEchoes());
            drive(run, floor);
        } catch (CommandSyntaxException e) {
            out.println("Error: " + e.getMessage());
        }
    }

    /** Runs {@code run} until it is over (it then finishes), parks, or is back down to {@code floor} frames. */
    private void drive(LineRun run, int floor) {
        while (run.depth() > floor && !run.parked()) {
            if (session.isEnding() || !roster.present(run.origin())) {
                run.abandon();
                return;
            }
            LineRun.Frame top = run.top();
            if (top instanceof LineRun.Script script) {
                Optional<String> line = script.next();
                if (line.isEmpty()) {
                    run.pop();
                } else {
                    pushLine(run, script, line.get());
                }
            } else if (top instanceof LineRun.Commands line) {
                Optional<CommandText> command = line.next();
                if (command.isEmpty()) {
                    run.pop();
                    continue;
                }
                if (line.echo()) {
                    out.println(out.prompt() + TransportArguments.shown(command.get(), commands));
                }
                if (!command.get().isComment()) {
                    run(run, command.get());
                }
            }
        }
        if (run.depth() == 0) {
            run.finish();
        }
    }

    private void pushLine(LineRun run, LineRun.Script script, String line) {
        try {
            List<CommandText> parsed = script.condensed() ? CommandLineSplitter.splitBlock(line)
                    : CommandLineSplitter.split(line);
            pushCommands(run, parsed, script.echo());
        } catch (CommandSyntaxException e) {
            out.println("Error: " + e.getMessage());
        }
    }

    /**
     * Puts one line's commands on top of {@code run}, unless the line holds a transport parameter cut
     * off its {@code .server} by a {@code ;}: then none of it runs (that parameter may be a password);
     * nor does any of it if its typist may not run one of its commands, which only the typist is told.
     */
    private void pushCommands(LineRun run, List<CommandText> line, boolean echo) {
        Optional<String> refused = TransportArguments.strayParameter(line, commands);
        if (refused.isPresent()) {
            out.println(refused.get());
            return;
        }
        Optional<String> forbidden = rights.lineRefusal(roster.seat(run.origin()), line);
        if (forbidden.isPresent()) {
            out.tell(run.origin(), "Error: " + forbidden.get() + "\n");
            return;
        }
        run.push(new LineRun.Commands(line, echo));
    }

    /** Refuses {@code stored} (commands to run later on the host's behalf) unless {@code run}'s typist may run them. */
    void checkStored(LineRun run, String stored) throws CommandException {
        List<CommandText> line;
        try {
            line = CommandLineSplitter.split(stored);
        } catch (CommandSyntaxException e) {
            return; // a line that does not split runs nothing when its turn comes either
        }
        Optional<String> forbidden = rights.storeRefusal(roster.seat(run.origin()), line);
        if (forbidden.isPresent()) {
            throw new CommandException(forbidden.get());
        }
    }

    private void run(LineRun run, CommandText text) {
        Optional<Command> command = commands.find(text.name());
        if (command.isEmpty()) {
            out.println("Error: unknown command '" + text.name() + "' (.help lists the commands)");
            return;
        }
        if (command.get().info().has(CommandTrait.NOT_IN_SCRIPTS) && run.scriptDepth() > 0) {
            out.println("Error: '" + text.name() + "' is not allowed in script files");
            return;
        }
        if (command.get().info().has(CommandTrait.ONLY_IN_SCRIPTS) && run.scriptDepth() == 0) {
            out.println("Error: '" + text.name() + "' is allowed only in script files");
            return;
        }
        if (command.get().info().has(CommandTrait.NEEDS_STOPPED_TARGET) && engine.state().running()) {
            out.println(TARGET_RUNNING);
            return;
        }
        try {
            command.get().execute(new SessionContext(session, this, run), text);
        } catch (CommandException e) {
            out.println("Error: " + e.getMessage());
        } catch (RuntimeException | Error e) { // an Error too (OutOfMemoryError): the session thread must outlive it
            LOG.error("command '{}' failed", TransportArguments.shown(text, commands), e);
            out.println("Error: internal error in " + text.name() + " (details in the log file)");
        }
    }

    /** The running command of {@code run} finishes when {@code stage} completes; the rest of the run waits. */
    void park(LineRun run, CompletionStage<?> stage) {
        newestStage = stage;
        if (run.origin() == BreakpointOrigin.INSTANCE && run.usedUp()) {
            // a logpoint's closing g: nothing of its run waits for the stop, and parked it would wait
            // again at every later hit of a logpoint that resumes, so each hit would wake all before it
            stage.whenComplete((result, failure) -> {
                if (failure != null) {
                    session.post(() -> report(failure));
                }
            });
            return;
        }
        waitFor(run, stage, true);
    }

    /** How many runs wait for a command's stage. */
    int parkedRuns() {
        return parked.size();
    }

    /** @param own whether {@code stage} is the run's own command's, whose failure the run reports */
    private void waitFor(LineRun run, CompletionStage<?> stage, boolean own) {
        run.park(stage);
        if (!parked.contains(run)) {
            parked.add(run);
        }
        stage.whenComplete((result, failure) -> session.post(() -> stageDone(run, stage, own ? failure : null)));
    }

    /**
     * A parked run's stage completed (engines complete it after telling the session about the stop).
     * If the stop's own commands, or someone else, set the target running again meanwhile, the run
     * waits for that stop too: a script's next line after {@code g} runs once the target has stopped
     * and stays stopped, so a logpoint that resumes never lets it through. Whether someone did is
     * told by a newer stage, not by the engine's state: a logpoint's {@code g} may already have
     * stopped again at its next hit, whose own {@code g} the session has yet to run.
     */
    private void stageDone(LineRun run, CompletionStage<?> stage, Throwable failure) {
        if (!run.parkedOn(stage)) {
            return; // abandoned, or ended by the target going away
        }
        if (failure != null) {
            report(failure);
        } else if (newestStage != null && newestStage != stage) {
            waitFor(run, newestStage, false); // its failure is told by the run that set the target running
            return;
        }
        resume(run);
    }

    private void resume(LineRun run) {
        parked.remove(run);
        run.unpark();
        run.guarded(() -> drive(run, 0));
    }

    private void report(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof EngineException || cause instanceof CommandException) {
            out.println("Error: " + cause.getMessage());
        } else {
            LOG.error("a command that finished later failed", cause);
            out.println("Error: internal error (details in the log file)");
        }
    }

    /** The target went away: nothing will stop it again, so every parked run goes on now. */
    void targetChanged(TargetState before, TargetState now) {
        if (now.kind() == TargetState.Kind.NO_TARGET && before.kind() != TargetState.Kind.NO_TARGET) {
            for (LineRun run : List.copyOf(parked)) {
                resume(run);
            }
        }
    }

    /** The session ends: no parked run will go on, and nobody may be left waiting for one. */
    void endAll() {
        parked.forEach(LineRun::abandon);
        parked.clear();
    }

    /** {@code participant} left: its parked lines will never run. */
    void left(Participant participant) {
        parked.removeIf(run -> {
            if (run.origin() == participant) {
                run.abandon();
                return true;
            }
            return false;
        });
    }
}
