package io.dbgshell.server;

import io.dbgshell.transport.spec.ServerAccess;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.spec.TransportSpec;

/** One server of this session: its id, its spec as bound, what it lets its clients do, and its state. */
public final class ServerEntry {
    private final int id;
    private final ServerBinding binding;
    private volatile ServerState state = ServerState.RUNNING;
    private volatile String lostReason = "";

    ServerEntry(int id, ServerBinding binding) {
        this.id = id;
        this.binding = binding;
    }

    public int id() {
        return id;
    }

    public TransportSpec spec() {
        return binding.spec();
    }

    public ServerAccess access() {
        return binding.spec().common().access();
    }

    /** Its transport as bound and its access options, as {@code .servers} and {@code -QR} show them. */
    public String listing() {
        return binding.spec().listing();
    }

    public ServerState state() {
        return state;
    }

    ServerBinding binding() {
        return binding;
    }

    void state(ServerState next, String reason) {
        state = next;
        lostReason = reason;
    }

    /**
     * The {@code .servers} line: {@code 0 - Debugger Server - tcp:Port=7} or {@code 0 - <Disabled, exit pending>}.
     * A running reverse server adds what it is doing: {@code 1 - Debugger Server - tcp:Port=6000,Clicon=box (dialling)}.
     */
    public String listingLine() {
        return switch (state) {
            case RUNNING -> id + " - Debugger Server - " + listing()
                    + binding.activity().map(activity -> " (" + activity + ")").orElse("");
            case DISABLED -> id + " - <Disabled, exit pending>";
            case LOST -> id + " - <Ended: " + lostReason + "> - " + listing();
        };
    }
}
