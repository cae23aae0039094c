package io.dbgshell.testing;

import java.io.IOException;
import java.nio.ByteBuffer;

/** The byte stream under a {@link RawLink}: a socket, or a Netty channel of some transport. */
interface BytePipe extends AutoCloseable {
    void write(byte[] bytes) throws IOException;

    /**
     * Reads what has arrived into {@code into}, waiting until {@code deadline} (System.nanoTime())
     * for something; returns the count read, 0 at the deadline, or -1 once the peer has closed.
     */
    int read(ByteBuffer into, long deadline) throws IOException;

    /** Ends the stream as abruptly as the transport allows, as when a process is killed. */
    void abort() throws IOException;

    @Override
    void close() throws IOException;
}
