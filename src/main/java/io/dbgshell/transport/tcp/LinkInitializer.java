package io.dbgshell.transport.tcp;

import io.dbgshell.transport.ConnectionInfo;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;

import java.util.function.Function;

/**
 * The pipeline of one tcp link, whichever side opened it: its {@link ConnectionInfo}, the transport's
 * own handler (ssl's TLS layer) if any, then the session's handlers above.
 */
@ChannelHandler.Sharable
final class LinkInitializer extends ChannelInitializer<Channel> {
    private final String label;
    private final Function<Channel, String> peer;
    private final Function<Channel, ChannelHandler> perChannel;
    private final ChannelInitializer<Channel> session;

    /**
     * @param label      the protocol name notices show ({@code tcp}, {@code ssl})
     * @param peer       the peer as notices show it
     * @param perChannel the transport's own handler for a new link, below the session; null for none
     */
    LinkInitializer(String label, Function<Channel, String> peer, Function<Channel, ChannelHandler> perChannel,
                    ChannelInitializer<Channel> session) {
        this.label = label;
        this.peer = peer;
        this.perChannel = perChannel;
        this.session = session;
    }

    /** For a link whose peer is known from its socket (an accepted one). */
    static LinkInitializer byRemoteAddress(String label, Function<Channel, ChannelHandler> perChannel,
                                           ChannelInitializer<Channel> session) {
        return new LinkInitializer(label, channel -> TcpAddresses.format(channel.remoteAddress()), perChannel, session);
    }

    @Override
    protected void initChannel(Channel channel) {
        channel.attr(ConnectionInfo.KEY).set(ConnectionInfo.of(label, peer.apply(channel)));
        ChannelHandler own = perChannel.apply(channel);
        if (own != null) {
            channel.pipeline().addLast(own);
        }
        channel.pipeline().addLast(session);
    }
}
