package io.dbgshell.session;

import io.dbgshell.config.Tunables;
import io.dbgshell.transport.spec.TransportSpec;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

import java.util.function.Function;

/**
 * The host's side of the wire, handed to a session from above (cli → host → session: the session
 * never builds it): the handlers every connection to one of its servers gets.
 */
@FunctionalInterface
public interface LinkLayer {

    /**
     * Called once, as the session is built, with the session as its links see it and the values of its settings;
     * the result gives, for a server's spec, the initializer of each connection to that server.
     */
    Function<TransportSpec, ChannelInitializer<Channel>> open(SessionLinks session, Tunables tunables);
}
