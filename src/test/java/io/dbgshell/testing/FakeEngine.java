package io.dbgshell.testing;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.command.debug.BreakCommand;
import io.dbgshell.engine.Engine;
import io.dbgshell.engine.EngineListener;
import io.dbgshell.engine.TargetState;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An engine with a make-believe target, for driving the real session: the test makes it stop, run
 * and go away, and it reports every event from a thread of its own, as a real engine's event thread
 * would, in the order the engine contract asks (output, state, a breakpoint's commands, then the
 * completion of the command that set the target running). Its commands: the real {@code .break},
 * and {@code g} (parks its line
 * until the next stop), {@code k} (needs a stopped target) and {@code slow} (holds the session
 * thread until the test lets it go).
 */
public final class FakeEngine implements Engine {
    /** What a break-in's stop announces. */
    public static final String BREAK_ANNOUNCEMENT = "Break instruction exception - code 80000003 (first chance)";
    /** What {@code k} prints. */
    public static final String FRAME = "00 Loop.work+0x3 [Loop.java @ 12]";

    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-engine-events"));
    private final CountDownLatch brokeIn = new CountDownLatch(1);
    private final CountDownLatch slowGoes = new CountDownLatch(1);
    private final CountDownLatch slowRuns = new CountDownLatch(1);
    private volatile TargetState state = TargetState.NO_TARGET;
    private volatile EngineListener listener;
    /** Completes at the next stop; replaced at each resume. Only on the event thread or under the resume. */
    private CompletableFuture<Void> nextStop = CompletableFuture.completedFuture(null);

    @Override
    public TargetState state() {
        return state;
    }

    @Override
    public void listen(EngineListener value) {
        listener = value;
    }

    @Override
    public boolean breakIn() {
        brokeIn.countDown();
        if (!state.running()) {
            return false;
        }
        events.execute(() -> reportStop(BREAK_ANNOUNCEMENT + "\n", 0, Optional.empty()));
        return true;
    }

    @Override
    public void close() {
        events.shutdown();
    }

    /** Waits until someone asked to break in, running or not. */
    public void awaitBreakIn() {
        await(brokeIn);
    }

    /** A target appears, stopped at its start on thread 0. */
    public void attach() {
        onEventThread(() -> reportStop("", 0, Optional.empty()));
    }

    /** The target stops at a breakpoint on {@code thread}: {@code announcement}, then {@code commands} if any. */
    public void hit(String announcement, int thread, Optional<String> commands) {
        onEventThread(() -> reportStop(announcement + "\n", thread, commands));
    }

    /** The target prints {@code text} while it runs (a launched target's output). */
    public void print(String text) {
        onEventThread(() -> listener.output(text));
    }

    /** The target exits: announced, the prompt back to {@code dbg> }, and the running command's stage never completes. */
    public void exit(int code) {
        onEventThread(() -> {
            state = TargetState.NO_TARGET;
            listener.output("Target exited with code " + code + "\n");
            listener.stateChanged(state);
        });
    }

    /** Sets the target running; the stage completes at its next stop. What {@code g} does. */
    public synchronized CompletionStage<Void> resume() {
        CompletableFuture<Void> stop = new CompletableFuture<>();
        nextStop = stop;
        state = TargetState.RUNNING;
        listener.stateChanged(state);
        return stop;
    }

    /** Waits until {@code slow} holds the session thread. */
    public void awaitSlowRunning() {
        await(slowRuns);
    }

    /** Lets {@code slow} return. */
    public void releaseSlow() {
        slowGoes.countDown();
    }

    public List<Command> commands() {
        return List.of(new BreakCommand(this),
                new TestCommand(CommandInfo.of("g", "", "run (tests)", CommandTrait.CHANGES,
                        CommandTrait.NEEDS_STOPPED_TARGET),
                        context -> context.continueAfter(resume())),
                new TestCommand(CommandInfo.of("k", "", "frames (tests)", CommandTrait.LOOKS,
                        CommandTrait.NEEDS_STOPPED_TARGET),
                        context -> context.println(FRAME)),
                new TestCommand(CommandInfo.of("slow", "", "hold the session thread (tests)", CommandTrait.LOOKS), context -> {
                    slowRuns.countDown();
                    await(slowGoes);
                    context.println("slow done");
                }));
    }

    private void reportStop(String announcement, int thread, Optional<String> commands) {
        CompletableFuture<Void> stop;
        synchronized (this) {
            state = TargetState.stopped(thread);
            stop = nextStop;
        }
        listener.stopped(announcement, state, commands);
        stop.complete(null);
    }

    private void onEventThread(Runnable event) {
        events.execute(event);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(TextLog.DEFAULT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record TestCommand(CommandInfo info, java.util.function.Consumer<CommandContext> action) implements Command {
        @Override
        public void execute(CommandContext context, CommandText command) {
            action.accept(context);
        }
    }
}
