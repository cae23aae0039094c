package io.dbgshell.bench;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The TLS baselines: bare handshakes, and a blocking ping-pong of fixed byte counts, with plain JSSE
 * sockets built from the very contexts (key, pinned trust, protocols, cipher suites) the ssl transport
 * uses. One thread serves; TCP_NODELAY on both sides.
 */
final class RawTls implements AutoCloseable, RoundTripBench.RoundTrip {
    private final SSLServerSocket listener;
    private final JdkSslContext client;
    private final SSLEngine template;
    private final int requestBytes;
    private final int replyBytes;
    private SSLSocket pingSocket;

    RawTls(SslContext server, SslContext client, int requestBytes, int replyBytes) throws IOException {
        this.client = (JdkSslContext) client;
        this.template = client.newEngine(ByteBufAllocator.DEFAULT);
        this.requestBytes = requestBytes;
        this.replyBytes = replyBytes;
        SSLEngine serverTemplate = server.newEngine(ByteBufAllocator.DEFAULT);
        listener = (SSLServerSocket) ((JdkSslContext) server).context().getServerSocketFactory().createServerSocket();
        listener.setEnabledProtocols(serverTemplate.getEnabledProtocols());
        listener.setEnabledCipherSuites(serverTemplate.getEnabledCipherSuites());
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        Thread acceptor = new Thread(this::serve, "raw-tls");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void serve() {
        while (!listener.isClosed()) {
            try {
                SSLSocket socket = (SSLSocket) listener.accept();
                socket.setTcpNoDelay(true);
                Thread pong = new Thread(() -> pong(socket), "raw-tls-pong");
                pong.setDaemon(true);
                pong.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Answers each request with a reply until the peer goes; a bare handshake just closes. */
    private void pong(SSLSocket socket) {
        try (socket) {
            socket.startHandshake();
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] request = new byte[requestBytes];
            byte[] reply = new byte[replyBytes];
            while (in.readNBytes(request, 0, requestBytes) == requestBytes) {
                out.write(reply);
                out.flush();
            }
        } catch (IOException e) {
            // the benchmark closed the link
        }
    }

    private SSLSocket connect() throws IOException {
        SSLSocket socket = (SSLSocket) client.context().getSocketFactory().createSocket();
        socket.setEnabledProtocols(template.getEnabledProtocols());
        socket.setEnabledCipherSuites(template.getEnabledCipherSuites());
        socket.setTcpNoDelay(true);
        socket.connect(listener.getLocalSocketAddress());
        socket.startHandshake();
        return socket;
    }

    /** Nanoseconds for a tcp connect and a complete TLS handshake on a new socket. */
    long handshake() throws IOException {
        long start = System.nanoTime();
        SSLSocket socket = connect();
        long elapsed = System.nanoTime() - start;
        socket.close();
        return elapsed;
    }

    /** One ping-pong on a kept-open TLS connection; returns its duration in nanoseconds. */
    @Override
    public long roundTrip() throws IOException {
        if (pingSocket == null) {
            pingSocket = connect();
        }
        byte[] request = new byte[requestBytes];
        long start = System.nanoTime();
        pingSocket.getOutputStream().write(request);
        pingSocket.getOutputStream().flush();
        if (pingSocket.getInputStream().readNBytes(replyBytes).length != replyBytes) {
            throw new IOException("raw TLS peer closed");
        }
        return System.nanoTime() - start;
    }

    @Override
    public void close() throws IOException {
        if (pingSocket != null) {
            pingSocket.close();
        }
        listener.close();
    }
}
