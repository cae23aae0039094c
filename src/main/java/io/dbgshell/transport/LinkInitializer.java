package io.dbgshell.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;

import java.util.function.Function;

/**
 * The pipeline of one link, whichever side opened it and over whichever carrier (tcp or a pipe):
 * its {@link ConnectionInfo}, the wrapping transport's own handler (ssl's or spipe's TLS layer) if
 * any, then the session's handlers above.
 */
@ChannelHandler.Sharable
public final class LinkInitializer extends ChannelInitializer<Channel> {
    private final Function<Channel, ConnectionInfo> info;
    private final Link link;

    /** @param info what notices show of a new link */
    public LinkInitializer(Function<Channel, ConnectionInfo> info, Link link) {
        this.info = info;
        this.link = link;
    }

    @Override
    protected void initChannel(Channel channel) {
        channel.attr(ConnectionInfo.KEY).set(info.apply(channel));
        ChannelHandler own = link.own().apply(channel);
        if (own != null) {
            channel.pipeline().addLast(own);
        }
        channel.pipeline().addLast(link.session());
    }
}
