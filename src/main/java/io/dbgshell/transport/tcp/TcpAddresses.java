package io.dbgshell.transport.tcp;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** Formats peer addresses as notices show them: {@code 127.0.0.1:50123}, {@code [::1]:50123}. */
public final class TcpAddresses {
    private TcpAddresses() {
    }

    public static String format(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            String host = inet.getAddress().getHostAddress();
            return (inet.getAddress() instanceof Inet6Address ? "[" + host + "]" : host) + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }
}
