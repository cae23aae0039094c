package io.dbgshell.testing;

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
 * can cut the link in the middle (both ends see a reset), as a failing network would.
 */
public final class LinkRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final int port;

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
            pump(inbound, outbound);
            pump(outbound, inbound);
        } catch (IOException e) {
            cut();
        }
    }

    private void pump(Socket from, Socket to) {
        Thread copier = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
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
