package io.dbgshell.engine;

/**
 * The debugger behind the prompt, as the session sees it: what the target is doing, a way to break
 * in, and an end. Everything else an engine does is reached through the commands it registers,
 * which hold the engine's own, richer interface. No method here waits for the target or for a
 * participant.
 */
public interface Engine {

    /** What the target is doing now; cheap, callable from any thread. */
    TargetState state();

    /**
     * Sets who hears about events (stops, output, the target's end). Called once, before any
     * command runs; the engine calls the listener from its own threads, in the order things happened.
     */
    void listen(EngineListener listener);

    /**
     * Stops a running target as soon as it can, from any thread (a BREAK frame on an event loop,
     * Ctrl-C at the host). Returns at once: true if a target was running and a stop was asked
     * for, false if nothing was running (Ctrl-C then keeps its ordinary meaning).
     */
    boolean breakIn();

    /**
     * The session is ending: end a target the engine launched, let go of one it attached to. Returns
     * within the engine's own bounded time, whatever the target does.
     */
    void close();

    /** An engine with no way to get a target; the session's default. */
    Engine NONE = new Engine() {
        @Override
        public TargetState state() {
            return TargetState.NO_TARGET;
        }

        @Override
        public void listen(EngineListener listener) {
            // nothing ever happens
        }

        @Override
        public boolean breakIn() {
            return false;
        }

        @Override
        public void close() {
            // nothing to let go of
        }
    };
}
