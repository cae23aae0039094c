package io.dbgshell.client;

import io.dbgshell.protocol.Frame;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every frame from the host to the {@link RemoteSession}, which shows output on the local
 * console from here, on the link's event loop. A client has one link, so a terminal that stops
 * taking output (a paused pager, Ctrl-S) holds up only this client, whose host then queues and,
 * past its bound, drops it like any client that stops reading.
 */
final class ClientSessionHandler extends SimpleChannelInboundHandler<Frame> {
    private static final Logger LOG = LoggerFactory.getLogger(ClientSessionHandler.class);

    private final RemoteSession session;

    ClientSessionHandler(RemoteSession session) {
        this.session = session;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        session.received(frame);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        session.linkClosed();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.info("closing the link to the host: {}", cause.toString());
        session.linkFailed(cause);
        ctx.close();
    }
}
