package io.dbgshell.client;

import io.dbgshell.config.Settings;
import io.dbgshell.protocol.FrameDecoder;
import io.dbgshell.protocol.FrameEncoder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;

/** The client's half of the protocol above any transport: framing, then the session handler. */
@ChannelHandler.Sharable
final class ClientChannelInitializer extends ChannelInitializer<Channel> {
    private final Settings settings;
    private final RemoteSession session;

    ClientChannelInitializer(Settings settings, RemoteSession session) {
        this.settings = settings;
        this.session = session;
    }

    @Override
    protected void initChannel(Channel channel) {
        channel.pipeline()
                .addLast("frameDecoder", new FrameDecoder(settings.maxFrameBytes()))
                .addLast("frameEncoder", FrameEncoder.INSTANCE)
                .addLast("session", new ClientSessionHandler(session));
    }
}
