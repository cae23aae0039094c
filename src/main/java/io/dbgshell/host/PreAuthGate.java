package io.dbgshell.host;

import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.RefusalReason;
import io.dbgshell.transport.ConnectionInfo;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;

import java.util.concurrent.TimeUnit;

/**
 * The first of the host's handlers on a new connection, before the handshake: admits the connection
 * past the caps on unauthenticated connections, holds back its greeting (the handshake starts on
 * {@code channelActive}) while its source is penalised for wrong passwords, and keeps it counted
 * until it joins, or until it is closed and the hold on its wrong answer has passed. The handshake
 * reports its outcome here and logs through here, so a flood writes a bounded number of lines.
 * One per connection.
 */
final class PreAuthGate extends ChannelInboundHandlerAdapter {
    private final AuthThrottle throttle;
    private final boolean passwordRequired;
    private ChannelHandlerContext ctx;
    private ConnectionInfo info;
    /** Counted in the throttle's startup limits; in the event loop only, like everything below. */
    private boolean counted;
    /** Whether the handshake has been let start. */
    private boolean greeted;
    /** Whether a wrong answer keeps this connection counted until {@link #heldUntilNanos}, even once it is closed. */
    private boolean held;
    private long heldUntilNanos;

    PreAuthGate(AuthThrottle throttle, boolean passwordRequired) {
        this.throttle = throttle;
        this.passwordRequired = passwordRequired;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        ctx = context;
    }

    @Override
    public void channelActive(ChannelHandlerContext context) {
        info = ConnectionInfo.of(context.channel());
        StartupLimits.Refusal refusal = throttle.startups.admit(info.source());
        if (refusal != null) {
            refuse(refusal);
            return;
        }
        counted = true;
        long hold = passwordRequired ? throttle.penalties.reserveGreeting(info.source()) : 0;
        if (hold < 0) {
            release();
            refuse(StartupLimits.Refusal.SOURCE_SLOWED);
        } else if (hold == 0) {
            greet();
        } else {
            context.executor().schedule(this::greet, hold, TimeUnit.NANOSECONDS);
        }
    }

    private void greet() {
        if (ctx.channel().isActive()) {
            greeted = true;
            ctx.fireChannelActive();
        }
    }

    private void refuse(StartupLimits.Refusal refusal) {
        log("refused " + info.describe() + " before the handshake: " + refusal.text());
        // from the tail, so that the frame encoder above this handler encodes it
        ctx.channel().writeAndFlush(new Frame.Refused(RefusalReason.NOT_ACCEPTING,
                "the host refused the connection: " + refusal.text())).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (greeted) {
            context.fireChannelRead(message);
            return;
        }
        // a client speaks only after the greeting; this one did not wait for it
        ReferenceCountUtil.release(message);
        context.close();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        if (greeted || info == null) {
            context.fireExceptionCaught(cause);
            return;
        }
        // the handshake has not started: a reset while the greeting is held back, say
        log("closing " + info.describe() + " before its greeting: " + cause);
        context.close();
    }

    /** The handshake saw a wrong password: returns how long to hold the answer, in milliseconds. */
    long failed() {
        long hold = throttle.penalties.failed(info.source());
        held = true;
        heldUntilNanos = throttle.ticker.getAsLong() + hold;
        return TimeUnit.NANOSECONDS.toMillis(hold);
    }

    /** The handshake joined the connection: it no longer counts, its source is forgiven, and this gate steps aside. */
    void succeeded() {
        throttle.penalties.succeeded(info.source());
        release();
        ctx.pipeline().remove(this);
    }

    /** Logs a line about this connection, within its source's share of the pre-authentication log. */
    void log(String line) {
        throttle.log.log(info.source(), ctx.executor(), line);
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        long remaining = heldUntilNanos - throttle.ticker.getAsLong();
        if (counted && held && remaining > 0) {
            context.executor().schedule(this::release, remaining, TimeUnit.NANOSECONDS);
        } else {
            release();
        }
        context.fireChannelInactive();
    }

    private void release() {
        if (counted) {
            counted = false;
            throttle.startups.release(info.source());
        }
    }
}
