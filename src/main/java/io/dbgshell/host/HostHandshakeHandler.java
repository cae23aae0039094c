package io.dbgshell.host;

import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.config.Version;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.HostKeyExchange;
import io.dbgshell.protocol.PasswordVerifier;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.protocol.RefusalReason;
import io.dbgshell.protocol.Identity;
import io.dbgshell.session.SessionLinks;
import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.spec.ServerAccess;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Greets a new connection with the banner and, for a server with a password, the host's half of
 * the password exchange; checks the client's answer, and either hands the connection to the
 * session with the host's own proof or refuses it. A connection that has not answered by the
 * handshake deadline is closed; a wrong password is answered as late as the {@link PreAuthGate} says.
 */
final class HostHandshakeHandler extends SimpleChannelInboundHandler<Frame> {
    private static final Logger LOG = LoggerFactory.getLogger(HostHandshakeHandler.class);
    /** Longest machine or user name taken from a client; longer claims are cut. */
    private static final int MAX_NAME = 64;
    private static final byte[] NONE = new byte[0];

    private final SessionLinks session;
    private final Tunables tunables;
    private final Duration handshakeTimeout;
    private final PreAuthGate gate;
    private final Optional<PasswordVerifier> verifier;
    /** What the server lets this client do once it is in. */
    private final ServerAccess access;
    /** This connection's exchange, started when the greeting goes out. */
    private Optional<HostKeyExchange> exchange = Optional.empty();
    private ScheduledFuture<?> deadline;
    private ConnectionInfo info;
    private boolean answered;

    /** @param tunables the handshake deadline, and the new participant's output bounds */
    HostHandshakeHandler(SessionLinks session, Tunables tunables, PreAuthGate gate, Optional<PasswordVerifier> verifier,
                         ServerAccess access) {
        this.session = session;
        this.tunables = tunables;
        this.handshakeTimeout = tunables.get(ProtocolSettings.HANDSHAKE_TIMEOUT);
        this.gate = gate;
        this.verifier = verifier;
        this.access = access;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        info = ConnectionInfo.of(ctx.channel());
        deadline = ctx.executor().schedule(() -> {
            gate.log("closing " + info.describe() + ": no handshake within " + handshakeTimeout);
            ctx.close();
        }, handshakeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        // the gate lets this happen only once the source's penalty allows another greeting, so the
        // exchange's arithmetic is spent only on connections that get that far
        exchange = verifier.map(PasswordVerifier::newExchange);
        ctx.writeAndFlush(new Frame.Hello(ProtocolVersion.CURRENT, ProtocolVersion.banner(Version.get()),
                exchange.map(HostKeyExchange::salt).orElse(NONE), exchange.map(HostKeyExchange::hostKey).orElse(NONE),
                verifier.isPresent()));
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        if (answered || !(frame instanceof Frame.Join join)) {
            gate.log("closing " + info.describe() + ": expected a join, got " + frame.type());
            ctx.close();
            return;
        }
        answered = true;
        Identity identity = new Identity(clean(join.machine()), info.verifiedUser().orElse(clean(join.user())));
        if (join.protocolVersion() != ProtocolVersion.CURRENT) {
            refuse(ctx, RefusalReason.VERSION_MISMATCH, ProtocolVersion.mismatch(ProtocolVersion.CURRENT, join.protocolVersion()),
                    identity, "protocol version " + join.protocolVersion(), 0);
            return;
        }
        if (session.isEnding()) {
            refuse(ctx, RefusalReason.SESSION_ENDING, "The session is ending.", identity, "session ending", 0);
            return;
        }
        Optional<byte[]> hostProof = Optional.of(NONE);
        if (verifier.isPresent()) {
            hostProof = exchange.flatMap(e -> e.confirm(join.clientKey(), join.clientProof(), join.machine(), join.user()));
        }
        if (hostProof.isEmpty()) {
            long hold = gate.failed();
            refuse(ctx, RefusalReason.BAD_PASSWORD, "the password is wrong (Error 0x80004005)", identity,
                    "wrong password", hold);
            return;
        }
        gate.succeeded();
        deadline.cancel(false);
        RemoteParticipant participant = new RemoteParticipant(ctx.channel(), identity, info, join.echoOwnInput(),
                tunables,
                (dropped, why) -> session.leave(dropped, Optional.of(why)));
        ctx.pipeline().replace(this, "participant", new ParticipantHandler(session, participant));
        ctx.writeAndFlush(new Frame.Accepted(participant.describe(), hostProof.get(), session.commandNames()));
        session.join(participant, access);
    }

    private void refuse(ChannelHandlerContext ctx, RefusalReason reason, String message, Identity who, String why,
                        long delayMillis) {
        deadline.cancel(false);
        session.notice("Refused " + who + " " + info.describe() + ": " + why);
        gate.log("refused " + who + " " + info.describe() + ": " + why);
        Runnable answer = () -> ctx.writeAndFlush(new Frame.Refused(reason, message))
                .addListener(ChannelFutureListener.CLOSE);
        if (delayMillis > 0) {
            ctx.executor().schedule(answer, delayMillis, TimeUnit.MILLISECONDS);
        } else {
            answer.run();
        }
    }

    /**
     * Keeps only what shows as itself on everyone's screen: no control characters, no format
     * characters (bidi overrides such as U+202E reorder what follows them; zero-width ones hide),
     * no line or paragraph separators (U+2028 breaks a line where a terminal or log viewer honours
     * it), no lone surrogates.
     */
    private static String clean(String claimed) {
        StringBuilder out = new StringBuilder();
        claimed.codePoints().filter(c -> switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> false;
            default -> true;
        }).limit(MAX_NAME).forEach(out::appendCodePoint);
        return out.length() == 0 ? "?" : out.toString();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (info == null) {
            LOG.info("closing {} before the handshake: {}", ctx.channel(), cause.toString());
        } else {
            gate.log("closing " + info.describe() + " during the handshake: " + cause);
        }
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (deadline != null) {
            deadline.cancel(false);
        }
        ctx.fireChannelInactive();
    }
}
