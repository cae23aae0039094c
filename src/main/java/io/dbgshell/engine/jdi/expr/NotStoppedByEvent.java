package io.dbgshell.engine.jdi.expr;

/**
 * JDWP refused a call because its thread is suspended but not by an event (after a break-in, or made
 * current with {@code ~Ns}). A command may get the thread stopped by one and evaluate again from the
 * start: the refused call was the first of the command to run code in the target, since any earlier
 * one would have found the thread stopped by an event, so nothing would run twice.
 */
public final class NotStoppedByEvent extends EvalException {
    private static final long serialVersionUID = 1L;

    private final String what;

    NotStoppedByEvent(String what) {
        super("cannot call " + what + ": the thread is not stopped by an event"
                + " (after a break-in or ~Ns, step once with p or t first)");
        this.what = what;
    }

    /** The call refused, as the user would name it. */
    public String what() {
        return what;
    }
}
