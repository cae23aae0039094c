package io.dbgshell.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;

import java.util.function.Function;

/**
 * The pipeline of one link, whichever side opened it and over whichever carrier (tcp or a pipe):
 * its {@link ConnectionInfo}, the transport's own handler (ssl's or spipe's TLS layer) if any,
 * then the session's handlers above.
 */
@ChannelHandler.Sharable
public final class LinkInitializer extends ChannelInitializer<Channel> {
    private final Function<Channel, ConnectionInfo> info;
    private final Function<Channel, ChannelHandler> perChannel;
    private final ChannelInitializer<Channel> session;

    /**
     * @param info       what notices show of a new link
     * @param perChannel the transport's own handler for a new link, below the session; null for none
     */
    public LinkInitializer(Function<Channel, ConnectionInfo> info, Function<Channel, ChannelHandler> perChannel,
                           ChannelInitializer<Channel> session) {
        this.info = info;
        this.perChannel = perChannel;
        this.session = session;
    }

    @Override
    protected void initChannel(Channel channel) {
        channel.attr(ConnectionInfo.KEY).set(info.apply(channel));
        ChannelHandler own = perChannel.apply(channel);
        if (own != null) {
            channel.pipeline().addLast(own);
        }
        channel.pipeline().addLast(session);
    }
}
