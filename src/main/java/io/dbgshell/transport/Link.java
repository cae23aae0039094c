package io.dbgshell.transport;

import io.dbgshell.transport.spec.Protocol;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;

import java.util.function.Function;

/**
 * What every link a transport opens or accepts gets above its carrier: the protocol notices name
 * it by, a layer of a wrapping transport's own (ssl's and spipe's TLS) if any, then the session.
 *
 * @param protocol the protocol connection notices show ({@code ssl} for TLS over a tcp carrier)
 * @param own      the wrapping transport's handler for a new link, below the session; null for none
 * @param session  the handlers shared by every transport: framing, handshake, the session
 */
public record Link(Protocol protocol, Function<Channel, ChannelHandler> own, ChannelInitializer<Channel> session) {

    /** A link with nothing between the carrier and the session. */
    public static Link plain(Protocol protocol, ChannelInitializer<Channel> session) {
        return new Link(protocol, channel -> null, session);
    }

    /** The protocol's name as notices and errors show it. */
    public String label() {
        return protocol.label();
    }
}
