package io.dbgshell.engine.jdi;

import java.nio.file.Path;
import java.util.Map;

/**
 * The program the frame commands' tests stop in ({@code .frame}, {@code dv}, {@code dx}, {@code ??},
 * {@code .printf}): generics, an inner class, a record, an enum, arrays of arrays and collections,
 * all live in {@code run} while {@code tally} runs; {@code Lazy} loads only when {@code lazy()} is called,
 * and {@code forever()} does not return (within any time limit).
 */
public final class FramePrograms {
    private FramePrograms() {
    }

    /** {@code Shop N}: calls tally N times from run's loop, then prints what it sold. */
    public static final String SHOP = """
            import java.util.*;

            public class Shop {
                record Item(String name, int price) {
                    int doubled() { return price * 2; }
                }
                enum Size { SMALL, LARGE }
                static class Box<T> {
                    T content;
                    Box(T content) { this.content = content; }
                }
                class Counter { int hits = 7; }
                static int sold;

                public static void main(String[] args) {
                    new Shop().run(Integer.parseInt(args[0]));
                }

                void run(int n) {
                    int a = 3;
                    int b = 7;
                    String s = "hello";
                    List<String> list = new ArrayList<>(List.of("x", "y", "z"));
                    Map<String, List<Integer>> stock = new TreeMap<>(Map.of("pen", List.of(1, 2)));
                    int[][] grid = {{1, 2}, {3}};
                    Item item = new Item("pen", 5);
                    Size size = Size.LARGE;
                    Box<Item> box = new Box<>(item);
                    Counter counter = new Counter();
                    for (int i = 0; i < n; i++) {
                        sold += tally(i, s); // @loop
                    }
                    System.out.println("sold " + sold + list + stock + grid.length + box.content + size + counter.hits);
                }

                static int tally(int i, String label) {
                    return i + label.length(); // @tally
                }

                static int lazy() {
                    return new Lazy().value();
                }

                static long forever() {
                    long turns = 0;
                    while (turns >= 0) {
                        turns++;
                    }
                    return turns;
                }
            }
            """;

    /** Loaded only by {@code Shop.lazy()}: a call from {@code ??} loads it while requests are paused. */
    public static final String LAZY = """
            public class Lazy {
                int value() {
                    return 41 + 1; // @lazy
                }
            }
            """;

    public static Path shop(Path dir) {
        return CompiledTarget.compile(dir.resolve("shop"), Map.of("Shop.java", SHOP, "Lazy.java", LAZY));
    }

    public static int line(String marker) {
        return CompiledTarget.line(SHOP.contains("// @" + marker) ? SHOP : LAZY, marker);
    }
}
