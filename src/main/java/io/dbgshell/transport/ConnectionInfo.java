package io.dbgshell.transport;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a transport knows about one connection, attached to its channel before the session sees it.
 *
 * @param protocol     the transport's name as notices show it ({@code tcp}, {@code npipe}, ...)
 * @param peer         the peer as notices show it: {@code 127.0.0.1:50123}, the pipe name, {@code COM1/3}
 * @param verifiedUser the peer's user name as the operating system vouches for it (npipe's
 *                     {@code SO_PEERCRED}); empty where only the client's own claim is known
 * @param source       who is behind the connection, as the host limits connections and password
 *                     guesses per source: one IPv4 address, one IPv6 /64 (one site's network, which
 *                     a single machine can fill with addresses at will), one local user, one serial line
 */
public record ConnectionInfo(String protocol, String peer, Optional<String> verifiedUser, String source) {

    public static final AttributeKey<ConnectionInfo> KEY = AttributeKey.valueOf(ConnectionInfo.class, "info");

    /** Bytes of an IPv6 address that name its /64 network. */
    private static final int IPV6_NETWORK_BYTES = 8;

    /** A link whose peer is its own source: the host it dialled, the other end of a line or pipe. */
    public static ConnectionInfo of(String protocol, String peer) {
        return new ConnectionInfo(protocol, peer, Optional.empty(), protocol + " " + peer);
    }

    /** A link over a Unix-domain socket: its source is the peer's user where the kernel names it, else the pipe. */
    public static ConnectionInfo ofPipe(String protocol, String pipe, Optional<String> verifiedUser) {
        return new ConnectionInfo(protocol, pipe, verifiedUser,
                verifiedUser.map(user -> "user " + user).orElse(protocol + " " + pipe));
    }

    /** One channel of a serial line: every channel of the line is one source, since one cable is one far end. */
    public static ConnectionInfo ofSerial(String protocol, String line, int channel) {
        return new ConnectionInfo(protocol, line + "/" + channel, Optional.empty(), "line " + line);
    }

    /** An accepted tcp or ssl link: named by address and port, its source the address (IPv6: its /64). */
    public static ConnectionInfo ofAddress(String protocol, String peer, InetSocketAddress address) {
        return new ConnectionInfo(protocol, peer, Optional.empty(), "address " + sourceAddress(address.getAddress()));
    }

    /** {@code 10.0.0.5}; {@code 2001:db8:1:2:0:0:0:0/64}; an IPv4-mapped IPv6 address as the IPv4 address it carries. */
    static String sourceAddress(InetAddress address) {
        if (address == null) {
            return "unknown";
        }
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] bytes = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(bytes, IPV6_NETWORK_BYTES, bytes.length, (byte) 0);
        try {
            return Inet6Address.getByAddress(null, bytes, null).getHostAddress() + "/" + IPV6_NETWORK_BYTES * 8;
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("16 bytes are always an IPv6 address", impossible);
        }
    }

    /** {@code (tcp 127.0.0.1:50123)}. */
    public String describe() {
        return "(" + protocol + " " + peer + ")";
    }

    public static ConnectionInfo of(Channel channel) {
        ConnectionInfo info = channel.attr(KEY).get();
        return info != null ? info : of("unknown", String.valueOf(channel.remoteAddress()));
    }
}
