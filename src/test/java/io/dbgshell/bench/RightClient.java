package io.dbgshell.bench;

import io.dbgshell.client.ClientException;
import io.dbgshell.client.RemoteSession;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The client with the right password that the guessing benchmarks keep joining while guessers
 * attack: one join every half second until a deadline, each timed from the start of the join to
 * the host's acceptance, then left at once.
 */
final class RightClient {
    private static final long JOIN_EVERY_MILLIS = 500;

    /** One join, the {@code n}-th, as a benchmark makes it. */
    @FunctionalInterface
    interface Join {
        RemoteSession join(int n) throws ClientException;
    }

    /** The times of the joins that got in, and how many were tried. */
    record Joins(long[] times, int attempts) {
    }

    private RightClient() {
    }

    static Joins joinUntil(long endNanos, Join join) throws InterruptedException {
        List<Long> times = new ArrayList<>();
        int attempts = 0;
        CountDownLatch never = new CountDownLatch(1);
        for (int n = 0; System.nanoTime() < endNanos; n++) {
            attempts++;
            long start = System.nanoTime();
            try {
                RemoteSession client = join.join(n);
                times.add(System.nanoTime() - start);
                client.disconnect();
            } catch (ClientException refused) {
                // refused at random while the total cap is nearly full: counted as a failed attempt
            }
            // paced by a timed wait that nothing ends early
            never.await(JOIN_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        }
        return new Joins(times.stream().mapToLong(Long::longValue).toArray(), attempts);
    }
}
