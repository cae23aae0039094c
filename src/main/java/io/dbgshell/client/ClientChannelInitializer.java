package io.dbgshell.client;

import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.FrameDecoder;
import io.dbgshell.protocol.FrameEncoder;
import io.dbgshell.protocol.ProtocolSettings;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;

/** The client's half of the protocol above any transport: framing, then the session handler. */
@ChannelHandler.Sharable
final class ClientChannelInitializer extends ChannelInitializer<Channel> {
    private final int maxFrameBytes;
    private final RemoteSession session;

    ClientChannelInitializer(Tunables tunables, RemoteSession session) {
        this.maxFrameBytes = tunables.get(ProtocolSettings.MAX_FRAME_BYTES);
        this.session = session;
    }

    @Override
    protected void initChannel(Channel channel) {
        channel.pipeline()
                .addLast("frameDecoder", new FrameDecoder(maxFrameBytes))
                .addLast("frameEncoder", FrameEncoder.INSTANCE)
                .addLast("session", new ClientSessionHandler(session));
    }
}
