package io.dbgshell.transport;

import io.dbgshell.transport.spec.TransportSpec;
import io.netty.util.concurrent.Future;

/** A listening server: its effective spec (actual port, expanded pipe name) and how to stop it. */
public interface ServerBinding {

    /** The spec as bound: {@code port=5005:5010} bound on 5006 reads {@code Port=5006:5010}. */
    TransportSpec spec();

    /** Stops accepting connections; connections already made stay up. */
    Future<?> close();

    /**
     * Completes when the listener stops by itself (a reverse link that broke, a serial device that
     * went away); never completes for listeners that only stop through {@link #close()}.
     */
    default java.util.concurrent.CompletionStage<String> lost() {
        return new java.util.concurrent.CompletableFuture<>();
    }

    /**
     * What the server is doing right now, when that is worth showing in {@code .servers}: a reverse
     * server is {@code dialling} or {@code connected}. Empty for a plain listener.
     */
    default java.util.Optional<String> activity() {
        return java.util.Optional.empty();
    }
}
