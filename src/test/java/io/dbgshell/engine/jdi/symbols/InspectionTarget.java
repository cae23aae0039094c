package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.ThreadReference;
import io.dbgshell.testing.TargetJvm;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The program the inspection views are tested on, compiled by the test: {@code demo.Main} in a
 * directory, {@code lib.Helper} in a jar on the class path and loaded a second time by a {@code
 * URLClassLoader} of its own, reflective calls past the JDK's inflation threshold, a proxy, and
 * threads that are sleeping, waiting, blocked behind a sleeping owner, and two in a real deadlock.
 * Ready once every thread is in its state and main sleeps. Session tests launch the same sources
 * through {@code .create}.
 */
public final class InspectionTarget {
    public static final String HELPER = """
            package lib;

            public class Helper {
                public static int twice(int x) {
                    return 2 * x;
                }

                public static String greet(String who, long[] times) {
                    return who + times.length;
                }

                public int size() {
                    return 0;
                }
            }
            """;

    public static final String MAIN = """
            package demo;

            import java.net.URL;
            import java.net.URLClassLoader;
            import java.nio.file.Path;
            import java.util.concurrent.CountDownLatch;

            public class Main {
                static final Object GATE = new Object();
                static final Object NOTICE = new Object();
                static final Object LEFT = new Object();
                static final Object RIGHT = new Object();
                static final CountDownLatch BOTH = new CountDownLatch(2);

                public static void main(String[] args) throws Exception {
                    lib.Helper.greet("app", new long[0]);
                    URLClassLoader plugin = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()}, null);
                    java.lang.reflect.Method twice = plugin.loadClass("lib.Helper").getMethod("twice", int.class);
                    java.lang.reflect.Method size = lib.Helper.class.getMethod("size");
                    for (int i = 0; i < 20; i++) { // past the JDK's 15 calls, reflection generates accessors
                        twice.invoke(null, i);
                        size.invoke(new lib.Helper());
                    }
                    Runnable proxy = (Runnable) java.lang.reflect.Proxy.newProxyInstance(Main.class.getClassLoader(),
                            new Class<?>[] {Runnable.class}, new Echo());
                    proxy.run();
                    Thread sleeper = start(new Sleeper(), Thread.State.TIMED_WAITING);
                    start(new Waiter(), Thread.State.WAITING);
                    start(new Holder(), Thread.State.TIMED_WAITING);
                    start(new Blocked(), Thread.State.BLOCKED);
                    Thread left = new Crossing("left", LEFT, RIGHT);
                    Thread right = new Crossing("right", RIGHT, LEFT);
                    left.start();
                    right.start();
                    until(left, Thread.State.BLOCKED);
                    until(right, Thread.State.BLOCKED);
                    // Not start(): main's own sleeps in until() would let the reporter see it waiting too early.
                    Thread reporter = new Reporter(Thread.currentThread(), sleeper.getName());
                    reporter.setDaemon(true);
                    reporter.start();
                    Thread.sleep(600_000); // main stops here
                }

                static Thread start(Thread thread, Thread.State state) throws InterruptedException {
                    thread.setDaemon(true);
                    thread.start();
                    until(thread, state);
                    return thread;
                }

                static void until(Thread thread, Thread.State state) throws InterruptedException {
                    while (thread.getState() != state) {
                        Thread.sleep(1);
                    }
                }

                static final class Echo implements java.lang.reflect.InvocationHandler {
                    @Override
                    public Object invoke(Object self, java.lang.reflect.Method method, Object[] arguments) {
                        return null;
                    }
                }

                static final class Reporter extends Thread {
                    private final Thread main;
                    private final String word;

                    Reporter(Thread main, String word) {
                        super("reporter");
                        this.main = main;
                        this.word = word;
                    }

                    @Override
                    public void run() {
                        try {
                            until(main, Thread.State.TIMED_WAITING);
                        } catch (InterruptedException e) {
                            return;
                        }
                        System.out.println("ready " + word);
                    }
                }

                static final class Sleeper extends Thread {
                    Sleeper() {
                        super("sleeper");
                    }

                    @Override
                    public void run() {
                        try {
                            Thread.sleep(600_000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }

                static final class Waiter extends Thread {
                    Waiter() {
                        super("waiter");
                    }

                    @Override
                    public void run() {
                        synchronized (NOTICE) {
                            try {
                                NOTICE.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }
                }

                static final class Holder extends Thread {
                    Holder() {
                        super("holder");
                    }

                    @Override
                    public void run() {
                        synchronized (GATE) {
                            try {
                                Thread.sleep(600_000);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }
                }

                static final class Blocked extends Thread {
                    Blocked() {
                        super("blocked");
                    }

                    @Override
                    public void run() {
                        synchronized (GATE) {
                            GATE.notifyAll();
                        }
                    }
                }

                static final class Crossing extends Thread {
                    private final Object first;
                    private final Object second;

                    Crossing(String name, Object first, Object second) {
                        super(name);
                        setDaemon(true);
                        this.first = first;
                        this.second = second;
                    }

                    @Override
                    public void run() {
                        synchronized (first) {
                            BOTH.countDown();
                            try {
                                BOTH.await();
                            } catch (InterruptedException e) {
                                return;
                            }
                            synchronized (second) {
                                second.notifyAll();
                            }
                        }
                    }
                }
            }
            """;

    final Path root;
    final Path classes;
    final Path libJar;
    final Path sources;
    final TargetJvm target;

    /** Builds the program under {@code root}, starts it, and suspends it. */
    InspectionTarget(Path root) throws Exception {
        this(root, TargetJvm.java());
    }

    /** The same, run on the {@code java} executable given (the classes are compiled by the tests' JDK). */
    InspectionTarget(Path root, String java) throws Exception {
        this.root = root;
        libJar = root.resolve("lib.jar");
        classes = root.resolve("classes");
        target = TargetJvm.program(classes).jar(libJar, Map.of("lib/Helper.java", HELPER))
                .source("demo/Main.java", MAIN)
                .launch("demo.Main", libJar.toString()).on(java).running().ready("ready sleeper").start();
        sources = classes.resolve("src");
        target.vm.suspend();
    }

    /** Stand-in for the engine's numbering: threads in JDWP id order, from 0. */
    ToIntFunction<ThreadReference> numbers() {
        List<ThreadReference> threads = target.vm.allThreads().stream()
                .sorted(Comparator.comparingLong(ThreadReference::uniqueID)).toList();
        return threads::indexOf;
    }

    ThreadReference thread(String name) {
        return target.vm.allThreads().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** The 1-based line of MAIN holding {@code text}. */
    public static int lineOf(String text) {
        return TargetJvm.lineOf(MAIN, text);
    }

    void close() {
        target.close();
    }
}
