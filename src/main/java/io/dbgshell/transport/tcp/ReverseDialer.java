package io.dbgshell.transport.tcp;

import io.dbgshell.config.Tunables;
import io.dbgshell.transport.LinkInitializer;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.spec.TransportSpec;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A reverse server: instead of listening it dials its one waiting client, retrying with a bounded
 * backoff until the client answers or {@link #close()} ({@code .endsrv}) stops it. Once connected it
 * dials no more; when that link closes, {@link #lost()} completes and the server counts as ended.
 * Everything but the {@link #activity()} field is confined to one event loop, which also runs the link.
 */
final class ReverseDialer implements ServerBinding {
    private static final Logger LOG = LoggerFactory.getLogger(ReverseDialer.class);
    private static final String DIALLING = "dialling";
    private static final String CONNECTED = "connected";

    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final InetSocketAddress target;
    private final String targetName;
    private final TransportSpec spec;
    private final Duration maxDelay;
    private final CompletableFuture<String> lost = new CompletableFuture<>();
    private volatile String activity = DIALLING;
    private Duration delay;
    private ScheduledFuture<?> retry;
    private ChannelFuture attempt;
    private boolean stopped;

    /**
     * @param targetName the client as the user named it ({@code host:port}), for messages
     * @param link       the handlers the link gets once dialled
     * @param tunables   how it retries and how long one attempt may take ({@link TcpSettings})
     */
    ReverseDialer(EventLoop loop, InetSocketAddress target, String targetName, LinkInitializer link,
                  Tunables tunables, TransportSpec spec) {
        this.loop = loop;
        this.target = target;
        this.targetName = targetName;
        this.spec = spec;
        this.delay = tunables.get(TcpSettings.REVERSE_FIRST_RETRY);
        this.maxDelay = tunables.get(TcpSettings.REVERSE_MAX_RETRY);
        this.bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) tunables.get(TcpSettings.REVERSE_ATTEMPT_TIMEOUT).toMillis())
                .handler(link);
    }

    /** Makes the first attempt now; later ones follow by themselves. */
    void start() {
        loop.execute(this::dial);
    }

    private void dial() {
        if (stopped) {
            return;
        }
        attempt = bootstrap.connect(target);
        attempt.addListener((ChannelFuture done) -> {
            attempt = null;
            if (done.isSuccess()) {
                connected(done.channel());
            } else {
                retryLater(done);
            }
        });
    }

    private void connected(Channel link) {
        activity = CONNECTED;
        LOG.info("reverse link to {} is up", targetName);
        link.closeFuture().addListener(closed -> lost.complete("the reverse link to " + targetName + " was lost"));
    }

    private void retryLater(ChannelFuture failed) {
        if (stopped) {
            return;
        }
        LOG.debug("dialling {} failed ({}); next attempt in {} ms", targetName, failed.cause().toString(), delay.toMillis());
        retry = loop.schedule(this::dial, delay.toMillis(), TimeUnit.MILLISECONDS);
        Duration doubled = delay.multipliedBy(2);
        delay = doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
    }

    @Override
    public TransportSpec spec() {
        return spec;
    }

    /** Stops dialling; a client already connected stays, as {@code .endsrv} leaves attached clients alone. */
    @Override
    public Future<?> close() {
        return loop.submit(() -> {
            stopped = true;
            if (retry != null) {
                retry.cancel(false);
            }
            if (attempt != null) {
                attempt.channel().close();
            }
        });
    }

    @Override
    public CompletionStage<String> lost() {
        return lost;
    }

    @Override
    public Optional<String> activity() {
        return Optional.of(activity);
    }
}
