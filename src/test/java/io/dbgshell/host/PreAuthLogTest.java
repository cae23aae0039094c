package io.dbgshell.host;

import io.dbgshell.config.Tunables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PreAuthLogTest {
    private static final Duration INTERVAL = Duration.ofMillis(1500);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<String> written = new LinkedBlockingQueue<>();
    private final PreAuthLog log = new PreAuthLog(Tunables.DEFAULTS
            .with(HostSettings.PRE_AUTH_LOG_INTERVAL, INTERVAL).with(HostSettings.PRE_AUTH_LOG_SOURCES, 3), written::add);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aFloodFromOneSourceWritesItsFirstLineAndOneSummaryPerInterval() throws Exception {
        for (int i = 0; i < 10_000; i++) {
            log.log("address 10.0.0.9", scheduler, "refused " + i);
        }
        log.log("address 10.0.0.8", scheduler, "another source");
        assertThat(awaitLines(3)).containsExactlyInAnyOrder("refused 0", "another source",
                "9999 more events before authentication from address 10.0.0.9 in 1500 ms");

        log.log("address 10.0.0.9", scheduler, "a new interval");
        assertThat(written.poll()).isEqualTo("a new interval");
    }

    @Test
    void sourcesPastTheLimitShareOneSummary() throws Exception {
        for (int i = 0; i < 1000; i++) {
            log.log("address 10.0.1." + i, scheduler, "from " + i);
        }
        assertThat(awaitLines(4)).containsExactlyInAnyOrder("from 0", "from 1", "from 2",
                "997 more events before authentication from sources past the first 3 in 1500 ms");
    }

    /** The next {@code count} lines, then no more for a moment. */
    private List<String> awaitLines(int count) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String line = written.poll(5, TimeUnit.SECONDS);
            assertThat(line).as("line %d of %d; so far %s", i + 1, count, lines).isNotNull();
            lines.add(line);
        }
        assertThat(written.poll(200, TimeUnit.MILLISECONDS)).isNull();
        return lines;
    }
}
