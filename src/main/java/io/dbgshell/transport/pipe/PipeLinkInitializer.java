package io.dbgshell.transport.pipe;

import io.dbgshell.transport.ConnectionInfo;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;

import java.util.Optional;
import java.util.function.Function;

/**
 * The pipeline of one pipe connection, on either side: its {@link ConnectionInfo}, the transport's own
 * handler (spipe's TLS layer) if any, then the session's handlers above.
 */
@ChannelHandler.Sharable
final class PipeLinkInitializer extends ChannelInitializer<Channel> {
    private final String label;
    private final String pipe;
    private final Function<Channel, Optional<String>> verifiedUser;
    private final Function<Channel, ChannelHandler> perChannel;
    private final ChannelInitializer<Channel> session;

    /**
     * @param label        the protocol name notices show ({@code npipe}, {@code spipe})
     * @param verifiedUser the peer's user as the kernel vouches for it; empty where it is not asked
     * @param perChannel   the transport's own handler for a new connection, below the session; null for none
     */
    PipeLinkInitializer(String label, String pipe, Function<Channel, Optional<String>> verifiedUser,
                        Function<Channel, ChannelHandler> perChannel, ChannelInitializer<Channel> session) {
        this.label = label;
        this.pipe = pipe;
        this.verifiedUser = verifiedUser;
        this.perChannel = perChannel;
        this.session = session;
    }

    @Override
    protected void initChannel(Channel channel) {
        channel.attr(ConnectionInfo.KEY).set(new ConnectionInfo(label, pipe, verifiedUser.apply(channel)));
        ChannelHandler own = perChannel.apply(channel);
        if (own != null) {
            channel.pipeline().addLast(own);
        }
        channel.pipeline().addLast(session);
    }
}
