package io.dbgshell.session;

import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.ScriptInvocation;
import io.dbgshell.log.Transcript;
import io.dbgshell.server.ServerRegistry;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** What one command sees of the session: its run, the fan-out, and the session's parts. */
final class SessionContext implements CommandContext {
    private final Session session;
    private final LineRunner lines;
    private final LineRun run;
    private boolean continuesLater;

    SessionContext(Session session, LineRunner lines, LineRun run) {
        this.session = session;
        this.lines = lines;
        this.run = run;
    }

    @Override
    public void println(String line) {
        session.out().println(line);
    }

    @Override
    public boolean fromHost() {
        return run.origin().isHost();
    }

    @Override
    public ServerRegistry servers() {
        return session.servers();
    }

    @Override
    public CommandRegistry commands() {
        return session.commands();
    }

    @Override
    public List<String> participantListing() {
        return session.roster().listing(session.clock().getZone());
    }

    @Override
    public void kick(int number) throws CommandException {
        session.kick(number);
    }

    @Override
    public String observe(int number, boolean observer) throws CommandException {
        return session.observe(number, observer);
    }

    @Override
    public void checkStored(String commands) throws CommandException {
        lines.checkStored(run, commands);
    }

    @Override
    public boolean mayRunTargetCode() {
        return session.roster().seat(run.origin()).standing() != Seat.Standing.OBSERVER;
    }

    @Override
    public void quit() {
        session.quit(run.origin());
    }

    @Override
    public void endSession() {
        Participant origin = run.origin();
        session.endNow("Session ended by " + (origin.isHost() ? "the host" : origin.describe()) + ".");
    }

    @Override
    public void clearTypistScreen() {
        session.out().flush();
        run.origin().clearScreen();
    }

    @Override
    public Transcript transcript() {
        return session.transcript();
    }

    @Override
    public void runScript(ScriptInvocation invocation) {
        lines.pushScript(run, invocation);
    }

    @Override
    public void runInScript(String commands) {
        lines.runNow(run, commands);
    }

    @Override
    public void continueAfter(CompletionStage<?> done) {
        if (continuesLater) {
            throw new IllegalStateException("a command may continue later only once");
        }
        continuesLater = true;
        lines.park(run, done);
    }
}
