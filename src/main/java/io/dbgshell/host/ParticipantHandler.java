package io.dbgshell.host;

import io.dbgshell.protocol.Frame;
import io.dbgshell.session.SessionLinks;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Relays a joined client's lines and break-ins to the session and tells the session when the link goes. */
final class ParticipantHandler extends SimpleChannelInboundHandler<Frame> {
    private static final Logger LOG = LoggerFactory.getLogger(ParticipantHandler.class);

    private final SessionLinks session;
    private final RemoteParticipant participant;

    ParticipantHandler(SessionLinks session, RemoteParticipant participant) {
        this.session = session;
        this.participant = participant;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        if (frame instanceof Frame.Input input) {
            session.receive(participant, input.line(), ctx.channel().eventLoop());
        } else if (frame instanceof Frame.Break) {
            // here on the event loop, never queued behind lines: the engine only asks the target to stop
            session.breakIn(participant);
        } else {
            LOG.info("closing {}: a client may not send {}", participant.describe(), frame.type());
            ctx.close();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        participant.drain();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        participant.discard();
        session.leave(participant, Optional.empty());
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (ctx.channel().isActive()) {
            LOG.info("closing {}: {}", participant.describe(), cause.toString());
        }
        ctx.close();
    }
}
