package io.dbgshell.transport;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

import java.util.Optional;

/**
 * What a transport knows about one connection, attached to its channel before the session sees it.
 *
 * @param protocol     the transport's name as notices show it ({@code tcp}, {@code npipe}, ...)
 * @param peer         the peer as notices show it: {@code 127.0.0.1:50123}, the pipe name, {@code COM1/3}
 * @param verifiedUser the peer's user name as the operating system vouches for it (npipe's
 *                     {@code SO_PEERCRED}); empty where only the client's own claim is known
 */
public record ConnectionInfo(String protocol, String peer, Optional<String> verifiedUser) {

    public static final AttributeKey<ConnectionInfo> KEY = AttributeKey.valueOf(ConnectionInfo.class, "info");

    public static ConnectionInfo of(String protocol, String peer) {
        return new ConnectionInfo(protocol, peer, Optional.empty());
    }

    /**
     * Where the peer comes from, as password guessing is slowed down per source: the address
     * without its port (tcp, ssl), the serial line without its channel (com), the pipe otherwise.
     */
    public String source() {
        int cut = switch (protocol) {
            case "tcp", "ssl" -> peer.lastIndexOf(':');
            case "com" -> peer.lastIndexOf('/');
            default -> -1;
        };
        return protocol + " " + (cut > 0 ? peer.substring(0, cut) : peer);
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
