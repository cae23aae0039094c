package io.dbgshell.transport.serial;

import io.dbgshell.transport.Link;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.ServerTransport;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.spec.TransportSpec;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ImmediateEventExecutor;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * {@code com:} servers: listens on one channel of a serial line (opening the device, or sharing it
 * with the process's other servers and clients on it). Each client that announces itself gets a
 * channel carrying {@code ConnectionInfo("com", "COM1/3")}, set up by the session initializer.
 */
public final class ComServerTransport implements ServerTransport<ComSpec> {
    private final SerialLines lines;

    public ComServerTransport(SerialLines lines) {
        this.lines = lines;
    }

    @Override
    public ServerBinding bind(ComSpec com, Link link, Function<? super ComSpec, ? extends TransportSpec> listed)
            throws TransportException {
        SerialLine line = lines.acquire(com);
        ComListener listener = new ComListener(lines, line, com.channel(), link);
        try {
            line.register(com.channel(), listener);
        } catch (TransportException e) {
            line.release();
            throw e;
        }
        return new ServerBinding() {
            @Override
            public TransportSpec spec() {
                return listed.apply(com);
            }

            @Override
            public Future<?> close() {
                listener.stop();
                return ImmediateEventExecutor.INSTANCE.newSucceededFuture(null);
            }

            @Override
            public CompletionStage<String> lost() {
                return line.lost();
            }
        };
    }
}
