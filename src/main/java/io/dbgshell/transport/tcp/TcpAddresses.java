package io.dbgshell.transport.tcp;

import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.Link;
import io.dbgshell.transport.LinkInitializer;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** Formats peer addresses as notices show them: {@code 127.0.0.1:50123}, {@code [::1]:50123}. */
public final class TcpAddresses {
    private TcpAddresses() {
    }

    /** A link whose peer is known from its socket (an accepted one), named by its address. */
    static LinkInitializer linkByRemoteAddress(Link link) {
        return new LinkInitializer(channel -> info(link.label(), channel.remoteAddress()), link);
    }

    private static ConnectionInfo info(String label, SocketAddress remote) {
        return remote instanceof InetSocketAddress inet
                ? ConnectionInfo.ofAddress(label, format(inet), inet) : ConnectionInfo.of(label, format(remote));
    }

    public static String format(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            String host = inet.getAddress().getHostAddress();
            return (inet.getAddress() instanceof Inet6Address ? "[" + host + "]" : host) + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }
}
