package io.dbgshell.engine.jdi;

import io.dbgshell.testing.TargetJvm;

import java.nio.file.Path;

/**
 * A target for stacks and threads, shared by the engine's tests and the session's: {@code Stacks}
 * (compiled with {@code -g}) recurses three levels deep with arguments of many types into
 * {@code Bare.hold} (compiled with {@code -g:none}: no lines, no names), which sleeps in the native
 * {@code Thread.sleep}. Beside main: {@code waiter} in {@code Object.wait}, {@code blocked} entering
 * a monitor main holds, {@code listener} in a socket's native accept (JDWP's "running"). A watcher
 * prints {@code ready} once every thread is where it stays, then ends.
 */
public final class StackTarget {
    public static final String STACKS = """
            public class Stacks {
                static final Object NOTICE = new Object();
                static final Object GATE = new Object();

                static void descend(int depth, String label, long big, double ratio, boolean flag, char c,
                                    int[] values, Object nothing) throws Exception {
                    if (depth > 0) {
                        descend(depth - 1, label, big, ratio, flag, c, values, nothing); // @recurse
                    } else {
                        Bare.hold(depth, label); // @hold
                    }
                }

                public static void main(String[] args) throws Exception {
                    Thread waiter = new Thread(() -> {
                        synchronized (NOTICE) {
                            try {
                                NOTICE.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }, "waiter");
                    Thread blocked = new Thread(() -> {
                        synchronized (GATE) {
                            GATE.notify();
                        }
                    }, "blocked");
                    Thread listener = new Thread(() -> {
                        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                                java.net.InetAddress.getLoopbackAddress())) {
                            socket.accept();
                        } catch (java.io.IOException e) {
                            return;
                        }
                    }, "listener");
                    Thread main = Thread.currentThread();
                    Thread watcher = new Thread(() -> {
                        while (main.getState() != Thread.State.TIMED_WAITING || blocked.getState() != Thread.State.BLOCKED
                                || waiter.getState() != Thread.State.WAITING) {
                            Thread.onSpinWait();
                        }
                        System.out.println("ready");
                    }, "watcher");
                    for (Thread t : new Thread[] {waiter, blocked, listener, watcher}) {
                        t.setDaemon(true);
                    }
                    synchronized (GATE) {
                        waiter.start();
                        listener.start();
                        blocked.start();
                        watcher.start();
                        descend(2, "deep", 1L << 40, 0.5, true, 'x', new int[] {1, 2, 3}, null); // @main
                    }
                }
            }
            """;
    public static final String BARE = """
            public class Bare {
                public static void hold(int depth, String label) throws InterruptedException {
                    Thread.sleep(600_000);
                }
            }
            """;

    private StackTarget() {
    }

    /** Compiles {@code Bare} without debug information and {@code Stacks} with it into {@code dir}. */
    public static Path compile(Path dir) {
        TargetJvm.program(dir).debugInfo(TargetJvm.DebugInfo.NONE).source(BARE).compile();
        return TargetJvm.program(dir).debugInfo(TargetJvm.DebugInfo.ALL).classPath(dir).source(STACKS).compile();
    }

    /** The line of {@code Stacks} marked {@code // @name}. */
    public static int line(String name) {
        return TargetJvm.lineOf(STACKS, "// @" + name);
    }
}
