package io.dbgshell.engine.jdi;

import java.nio.file.Path;
import java.util.Map;

/**
 * The test targets' sources, with {@code // @name} markers on the lines tests break at; the engine's
 * tests and the session's end-to-end tests debug the same programs.
 */
public final class Programs {
    private Programs() {
    }

    /** {@code Loop N [LATER_DIR]}: calls work N times; then loads Later from LATER_DIR in two class loaders. */
    public static final String LOOP = """
            public class Loop {
                static int total;

                static void work(int i) {
                    total += i; // @work
                }

                static void work(String s) {
                    total += s.length();
                }

                public static void main(String[] args) throws Exception {
                    int n = Integer.parseInt(args[0]);
                    for (int i = 0; i < n; i++) {
                        work(i);
                    }
                    // @blank

                    if (args.length > 1) {
                        java.net.URL url = java.nio.file.Path.of(args[1]).toUri().toURL();
                        for (int k = 0; k < 2; k++) {
                            ClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {url}, null);
                            ((Runnable) loader.loadClass("Later").getDeclaredConstructor().newInstance()).run();
                        }
                    }
                }
            }
            """;

    /** Loaded late, by two class loaders of Loop's. */
    public static final String LATER = """
            public class Later implements Runnable {
                public int count;

                public void run() {
                    count++; // @later
                }
            }
            """;

    /** Throws an IllegalStateException it catches, then one it does not. */
    public static final String CART = """
            public class Cart {
                static int total(int items) {
                    if (items == 0) {
                        throw new IllegalStateException("cart is empty"); // @throw
                    }
                    return items;
                }

                public static void main(String[] args) throws Exception {
                    try {
                        total(0);
                    } catch (IllegalStateException e) {
                        // caught: a first chance
                    }
                    Thread worker = new Thread(() -> total(1), "worker");
                    worker.start();
                    worker.join();
                    total(0);
                }
            }
            """;

    /** Throws through a finally block twice: first caught in main, then uncaught. */
    static final String RELAY = """
            public class Relay {
                static void fail() {
                    throw new IllegalStateException("relayed"); // @throw
                }

                static void relay() {
                    try {
                        fail();
                    } finally {
                        System.out.println("cleaned up"); // @finally
                    }
                }

                public static void main(String[] args) {
                    try {
                        relay();
                    } catch (IllegalStateException e) {
                        System.out.println("caught");
                    }
                    relay();
                }
            }
            """;

    /** Compiles Loop into {@code dir/app} and Later into {@code dir/later}; returns the app directory. */
    public static Path loop(Path dir) {
        CompiledTarget.compile(dir.resolve("later"), Map.of("Later.java", LATER));
        return CompiledTarget.compile(dir.resolve("app"), Map.of("Loop.java", LOOP));
    }

    static Path relay(Path dir) {
        return CompiledTarget.compile(dir.resolve("relay"), Map.of("Relay.java", RELAY));
    }

    public static Path cart(Path dir) {
        return CompiledTarget.compile(dir.resolve("cart"), Map.of("Cart.java", CART));
    }

    /** The line of {@code // @marker} in {@code source}. */
    public static int line(String source, String marker) {
        return CompiledTarget.line(source, marker);
    }
}
