package io.dbgshell.transport.serial;

import org.jline.terminal.impl.jni.JniNativePty;
import org.jline.terminal.impl.jni.JniTerminalProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Two real ptys joined like a null-modem cable: a thread per direction copies what one side's
 * device receives from its master to the other master. Each side opens a slave path with
 * jSerialComm as if it were a serial port. Bytes can be tampered with on their way, or the cable
 * cut (everything dropped from then on), to simulate noise and a vanished peer.
 */
public final class PtyRelay implements AutoCloseable {
    private final JniNativePty a;
    private final JniNativePty b;
    private final AtomicLong relayed = new AtomicLong();
    private volatile UnaryOperator<byte[]> aToB = UnaryOperator.identity();
    private volatile UnaryOperator<byte[]> bToA = UnaryOperator.identity();
    private volatile boolean cut;

    private PtyRelay(JniNativePty a, JniNativePty b) {
        this.a = a;
        this.b = b;
    }

    /** JLine's implementation classes, kept in this one helper. */
    public static PtyRelay start() throws IOException {
        JniTerminalProvider provider = new JniTerminalProvider();
        PtyRelay relay = new PtyRelay((JniNativePty) provider.open(null, null),
                (JniNativePty) provider.open(null, null));
        relay.copy("A->B", relay.a.getMasterInput(), relay.b.getMasterOutput(), true);
        relay.copy("B->A", relay.b.getMasterInput(), relay.a.getMasterOutput(), false);
        return relay;
    }

    /** The device path of side A. */
    public String pathA() {
        return a.getName();
    }

    public String pathB() {
        return b.getName();
    }

    /** Rewrites each chunk written by side A before side B sees it. */
    public void tamperAToB(UnaryOperator<byte[]> tamper) {
        aToB = tamper;
    }

    public void tamperBToA(UnaryOperator<byte[]> tamper) {
        bToA = tamper;
    }

    /** Drops everything from now on, in both directions. */
    public void cut() {
        cut = true;
    }

    public long relayed() {
        return relayed.get();
    }

    private void copy(String name, InputStream from, OutputStream to, boolean fromA) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    byte[] chunk = java.util.Arrays.copyOf(buffer, n);
                    chunk = (fromA ? aToB : bToA).apply(chunk);
                    if (!cut && chunk.length > 0) {
                        to.write(chunk);
                        to.flush();
                        relayed.addAndGet(chunk.length);
                    }
                }
            } catch (IOException e) {
                // The pty was closed: the cable is gone.
            }
        }, "pty-relay " + name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        a.close();
        b.close();
    }
}
