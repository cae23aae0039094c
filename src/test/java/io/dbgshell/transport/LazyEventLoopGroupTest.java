package io.dbgshell.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LazyEventLoopGroupTest {
    private final AtomicInteger made = new AtomicInteger();
    private final LazyEventLoopGroup lazy = new LazyEventLoopGroup(() -> {
        made.incrementAndGet();
        return new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    });

    @Test
    void theGroupIsMadeOnFirstUseOnlyAndShutDownOnClose() {
        assertThat(made).hasValue(0);

        EventLoopGroup group = lazy.get();
        assertThat(lazy.get()).isSameAs(group);
        assertThat(made).hasValue(1);

        lazy.close();
        assertThat(group.isShuttingDown()).isTrue();
    }

    @Test
    void closingAGroupNeverUsedMakesNoneAndLaterUseIsRefused() {
        lazy.close();

        assertThat(made).hasValue(0);
        assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class);
    }
}
