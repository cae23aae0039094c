package io.dbgshell.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * A one-connection tcp relay on 127.0.0.1: whatever connects to it is joined to a target port, so a test
 * can cut the link in the middle (both ends see a reset), as a failing network would, or read what
 * an eavesdropper on the link would have recorded.
 */
public final class LinkRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final int port;
    /** What crossed the link, towards the target and back, up to {@link #RECORDED_BYTES} each. */
    private final ByteArrayOutputStream toTarget = new ByteArrayOutputStream();
    private final ByteArrayOutputStream fromTarget = new ByteArrayOutputStream();
    /** Enough for any handshake; a relay carrying a flood stops recording there. */
    private static final int RECORDED_BYTES = 1 << 20;

    public LinkRelay(int port, int target) throws IOException {
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.port = port;
        Thread accept = new Thread(() -> relay(target), "relay-accept");
        accept.setDaemon(true);
        accept.start();
    }

    private void relay(int target) {
        try {
            Socket inbound = listener.accept();
            Socket outbound = new Socket(InetAddress.getLoopbackAddress(), target);
            sockets.add(inbound);
            sockets.add(outbound);
            pump(inbound, outbound, toTarget);
            pump(outbound, inbound, fromTarget);
        } catch (IOException e) {
            cut();
        }
    }

    private void pump(Socket from, Socket to, ByteArrayOutputStream record) {
        Thread copier = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    synchronized (record) {
                        record.write(buffer, 0, Math.min(n, Math.max(0, RECORDED_BYTES - record.size())));
                    }
                }
            } catch (IOException e) {
                cut();
            }
        }, "relay-pump");
        copier.setDaemon(true);
        copier.start();
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** The bytes recorded so far in one direction: towards the target (the connecting side's) or back. */
    public byte[] recorded(boolean towardsTarget) {
        ByteArrayOutputStream record = towardsTarget ? toTarget : fromTarget;
        synchronized (record) {
            return record.toByteArray();
        }
    }

    /** Resets both sides of the relayed link. */
    public void cut() {
        for (Socket socket : sockets) {
            try {
                socket.setSoLinger(true, 0);
                socket.close();
            } catch (IOException e) {
                // already gone: that is what a cut means
            }
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        listener.close();
    }
}
