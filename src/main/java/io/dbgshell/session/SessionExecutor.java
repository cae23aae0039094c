package io.dbgshell.session;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the session's tasks one at a time, in the order they were given. Tasks go to one worker
 * thread, where they may take as long as they need. A task known to finish at once may instead run
 * on the caller's own thread, but only while no other task is queued or running; so the order and
 * the one-at-a-time rule hold either way, and such a task saves the two thread wake-ups of a trip
 * to the worker and back. Whoever runs a task holds the turn, which also hands the session's state
 * safely from one thread to the next.
 */
final class SessionExecutor {
    private final ReentrantLock turn = new ReentrantLock();
    /** Tasks given and not yet finished, wherever they run. */
    private final AtomicInteger outstanding = new AtomicInteger();
    private final ExecutorService worker;

    SessionExecutor(ThreadFactory threads) {
        worker = Executors.newSingleThreadExecutor(threads);
    }

    /** Queues {@code task} behind every task given before it; false, with nothing queued, once shut down. */
    boolean execute(Runnable task) {
        outstanding.incrementAndGet();
        try {
            worker.execute(() -> {
                turn.lock();
                try {
                    task.run();
                } finally {
                    outstanding.decrementAndGet();
                    turn.unlock();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            outstanding.decrementAndGet();
            return false;
        }
    }

    /**
     * Runs {@code task} on this thread now if no other task is queued or running. Returns false,
     * having run nothing, if one is, or once shut down; the caller then queues it.
     */
    boolean tryRunHere(Runnable task) {
        if (!turn.tryLock()) {
            return false;
        }
        try {
            if (worker.isShutdown() || !outstanding.compareAndSet(0, 1)) {
                return false;
            }
            try {
                task.run();
            } finally {
                outstanding.decrementAndGet();
            }
            return true;
        } finally {
            turn.unlock();
        }
    }

    /** Lets queued tasks finish and refuses new ones. */
    void shutdown() {
        worker.shutdown();
    }
}
