package io.dbgshell.session;

/**
 * Who a breakpoint's commands run as: the host, since the session runs them on its own behalf when
 * the target stops, whoever set the breakpoint. It is never in the roster, so it is shown nothing
 * of its own; what its commands print goes to everyone like any output.
 */
final class BreakpointOrigin implements Participant {
    static final BreakpointOrigin INSTANCE = new BreakpointOrigin();

    private BreakpointOrigin() {
    }

    @Override
    public String describe() {
        return "a breakpoint's commands";
    }

    @Override
    public boolean isHost() {
        return true;
    }

    @Override
    public boolean echoesOwnInput() {
        return false;
    }

    @Override
    public void deliver(SessionOutput output) {
        // its output reaches everyone through the fan-out
    }

    @Override
    public void prompt(String prompt) {
        // it has no screen
    }

    @Override
    public void clearScreen() {
        // .cls is not allowed in a breakpoint's commands, which run as a script
    }

    @Override
    public void end(String message) {
        // the host's console and the clients are told; this is nobody
    }
}
