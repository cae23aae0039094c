package io.dbgshell.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

class SessionExecutorTest {
    private final List<Thread> workers = new CopyOnWriteArrayList<>();
    private final SessionExecutor executor = new SessionExecutor(task -> {
        Thread worker = new Thread(task, "session-under-test");
        workers.add(worker);
        return worker;
    });

    @AfterEach
    void shutDown() {
        executor.shutdown();
    }

    @Test
    void queuedTasksRunInOrderOnTheWorker() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(100);
        for (int i = 0; i < 100; i++) {
            int n = i;
            executor.execute(() -> {
                ran.add(n + "@" + Thread.currentThread().getName());
                done.countDown();
            });
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).hasSize(100);
        for (int i = 0; i < 100; i++) {
            assertThat(ran.get(i)).isEqualTo(i + "@session-under-test");
        }
    }

    @Test
    void anIdleExecutorRunsATaskOnTheCallersThread() {
        String caller = Thread.currentThread().getName();
        List<String> ran = new CopyOnWriteArrayList<>();

        assertThat(executor.tryRunHere(() -> ran.add(Thread.currentThread().getName()))).isTrue();
        assertThat(ran).containsExactly(caller);
    }

    @Test
    void nothingRunsHereWhileATaskIsRunning() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        executor.execute(() -> {
            started.countDown();
            await(release);
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicInteger ranHere = new AtomicInteger();

        boolean accepted = executor.tryRunHere(ranHere::incrementAndGet);
        release.countDown();

        assertThat(accepted).isFalse();
        assertThat(ranHere).hasValue(0);
    }

    @Test
    void nothingRunsHereWhileATaskIsQueuedBehindARunningOne() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        executor.execute(() -> {
            started.countDown();
            await(release);
            order.add("first");
        });
        CountDownLatch queuedRan = new CountDownLatch(1);
        executor.execute(() -> {
            order.add("queued");
            queuedRan.countDown();
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        // another thread, as a link's event loop would be
        var other = Executors.newSingleThreadExecutor();
        try {
            boolean accepted = other.submit(() -> executor.tryRunHere(() -> order.add("here"))).get(10, TimeUnit.SECONDS);
            assertThat(accepted).isFalse();
        } finally {
            other.shutdown();
        }
        release.countDown();

        assertThat(queuedRan.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("first", "queued");
    }

    @Test
    void nothingRunsHereWhileATaskIsQueuedThatTheWorkerHasNotPickedUpYet() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        SessionExecutor slowToStart = new SessionExecutor(task -> new Thread(() -> {
            await(gate); // the worker thread has not begun: nobody holds the turn, yet a task waits
            task.run();
        }, "session-slow-to-start"));
        try {
            List<String> order = new CopyOnWriteArrayList<>();
            CountDownLatch queuedRan = new CountDownLatch(1);
            slowToStart.execute(() -> {
                order.add("queued");
                queuedRan.countDown();
            });

            boolean accepted = slowToStart.tryRunHere(() -> order.add("here"));
            gate.countDown();

            assertThat(accepted).isFalse();
            assertThat(queuedRan.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(order).containsExactly("queued");
        } finally {
            gate.countDown();
            slowToStart.shutdown();
        }
    }

    @Test
    void aTaskRunningHereHoldsTheTurnSoAQueuedOneWaitsForIt() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch queuedRan = new CountDownLatch(1);

        boolean accepted = executor.tryRunHere(() -> {
            order.add("here starts");
            // queued while this one runs: the worker takes it, then must wait for the turn
            executor.execute(() -> {
                order.add("queued");
                queuedRan.countDown();
            });
            awaitWorkerWaitingForTheTurn();
            assertThat(queuedRan.getCount()).isEqualTo(1);
            order.add("here ends");
        });

        assertThat(accepted).isTrue();
        assertThat(queuedRan.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("here starts", "here ends", "queued");
    }

    @Test
    void oneTaskAtATimeWhenManyThreadsTryToRunHereAndQueueAtOnce() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        Runnable task = () -> {
            if (inside.incrementAndGet() != 1) {
                overlaps.incrementAndGet();
            }
            for (int spin = 0; spin < 100; spin++) {
                Thread.onSpinWait();
            }
            inside.decrementAndGet();
            ran.incrementAndGet();
        };
        int threads = 4;
        int perThread = 5_000;
        var pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    await(go);
                    for (int i = 0; i < perThread; i++) {
                        if (!executor.tryRunHere(task)) {
                            executor.execute(task);
                        }
                    }
                });
            }
            go.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            CountDownLatch drained = new CountDownLatch(1);
            executor.execute(drained::countDown);
            assertThat(drained.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }

        assertThat(ran).hasValue(threads * perThread);
        assertThat(overlaps).hasValue(0);
    }

    @Test
    void afterShutdownNothingRunsHereAndNothingIsQueued() {
        executor.shutdown();
        AtomicInteger ran = new AtomicInteger();

        assertThat(executor.tryRunHere(ran::incrementAndGet)).isFalse();
        assertThat(executor.execute(ran::incrementAndGet)).isFalse();
        assertThat(ran).hasValue(0);
    }

    /**
     * Until the worker is parked on a lock (the turn) rather than on its queue's condition: it has
     * taken the task and is being kept from running it.
     */
    private void awaitWorkerWaitingForTheTurn() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (workers.isEmpty() || !(LockSupport.getBlocker(workers.get(0)) instanceof AbstractQueuedSynchronizer)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the worker never waited for the turn");
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
