package io.dbgshell.host;

import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.FrameDecoder;
import io.dbgshell.protocol.FrameEncoder;
import io.dbgshell.protocol.PasswordVerifier;
import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.session.SessionLinks;
import io.dbgshell.security.Password;
import io.dbgshell.transport.spec.ServerAccess;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.flush.FlushConsolidationHandler;

import java.util.Optional;

/**
 * The host's half of the protocol, the same above every transport: the pre-authentication gate,
 * framing, then the handshake with this server's password.
 */
@ChannelHandler.Sharable
final class HostChannelInitializer extends ChannelInitializer<Channel> {
    private final SessionLinks session;
    private final Tunables tunables;
    private final int maxFrameBytes;
    private final AuthThrottle throttle;
    private final Optional<PasswordVerifier> verifier;
    private final ServerAccess access;

    /**
     * One per server, since each server has its own password and access; its verifier is made here,
     * once, not per connection.
     */
    HostChannelInitializer(SessionLinks session, Tunables tunables, AuthThrottle throttle, Optional<Password> password,
                           ServerAccess access) {
        this.session = session;
        this.tunables = tunables;
        this.maxFrameBytes = tunables.get(ProtocolSettings.MAX_FRAME_BYTES);
        this.throttle = throttle;
        this.verifier = password.map(PasswordVerifier::of);
        this.access = access;
    }

    @Override
    protected void initChannel(Channel channel) {
        PreAuthGate gate = new PreAuthGate(throttle, verifier.isPresent());
        channel.pipeline()
                // first, so that a connection past the caps costs no more than its refusal
                .addLast("preAuthGate", gate)
                // Frames queued back to back (a command's echo, then its output) leave in one write:
                // a flush outside a read is deferred to the end of the event loop's current batch of tasks.
                .addLast("flushConsolidation", new FlushConsolidationHandler(
                        FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true))
                .addLast("frameDecoder", new FrameDecoder(maxFrameBytes))
                .addLast("frameEncoder", FrameEncoder.INSTANCE)
                .addLast("handshake", new HostHandshakeHandler(session, tunables, gate, verifier, access));
    }
}
