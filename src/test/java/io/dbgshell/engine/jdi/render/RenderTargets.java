package io.dbgshell.engine.jdi.render;

/** Sources of the target programs the render tests compile, run and stop. */
final class RenderTargets {
    private RenderTargets() {
    }

    /** Every kind of value {@code dx} and {@code dv} show, all live at the {@code // STOP} line. */
    static final String VALUES = """
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.function.*;

            public class Values {
                record Point(int x, int y) { }
                enum Color { RED, GREEN { @Override public String toString() { return "g"; } } }
                enum Planet { EARTH(5.97e24); final double mass; Planet(double mass) { this.mass = mass; } }
                static class Node { int value; Node next; Node(int value) { this.value = value; } }
                static class Base { int shadow = 1; }
                static class Derived extends Base { int shadow = 2; }
                static class Box<T> { T content; Box(T content) { this.content = content; } }
                // Inner and the anonymous class below use their outer instance, so every javac keeps
                // this$0 (from JDK 18 on, an inner class that does not use it has none)
                class Inner { int depth = 7; Object outer() { return Values.this; } }
                /** Every key in one bucket: HashMap and ConcurrentHashMap turn such a bucket into a tree. */
                record Collide(int n) implements Comparable<Collide> {
                    @Override public int hashCode() { return 1; }
                    @Override public int compareTo(Collide other) { return Integer.compare(n, other.n); }
                }

                int field = 3;

                public static void main(String[] args) {
                    new Values().run(args);
                }

                void run(String[] args) {
                    int i = 42;
                    long big = 1L << 40;
                    char c = '\\n';
                    boolean flag = true;
                    double d = 1.5;
                    byte b = -1;
                    float f = 2.5f;
                    String s = "hi \\"you\\"\\n";
                    String nothing = null;
                    String hostile = "\\u001b]0;title\\u0007\\u202eevil\\u2028";
                    String longText = "ab".repeat(1000);
                    String utf16 = "\\u00e9\\u4e2d".repeat(600);
                    StringBuilder builder = new StringBuilder("built").append('\\u4e2d');
                    Integer boxed = 7;
                    Character boxedChar = 'q';
                    Optional<String> present = Optional.of("x");
                    Optional<String> empty = Optional.empty();
                    Color red = Color.RED;
                    Color green = Color.GREEN;
                    Planet earth = Planet.EARTH;
                    Point point = new Point(1, 2);
                    int[][] grid = {{1, 2}, {3}};
                    Node cycle = new Node(1);
                    cycle.next = new Node(2);
                    cycle.next.next = cycle;
                    List<String> arrayList = new ArrayList<>(List.of("a", "b", "c"));
                    LinkedList<Integer> linked = new LinkedList<>(List.of(1, 2, 3));
                    ArrayDeque<Integer> deque = new ArrayDeque<>(4);
                    deque.add(1); deque.add(2); deque.poll(); deque.addFirst(0); deque.addFirst(-1);
                    Map<String, Integer> hash = new HashMap<>();
                    for (String key : List.of("one", "two", "three", "four")) { hash.put(key, key.length()); }
                    Map<String, Integer> linkedHash = new LinkedHashMap<>();
                    for (String key : List.of("z", "a", "m")) { linkedHash.put(key, (int) key.charAt(0)); }
                    TreeMap<String, Integer> tree = new TreeMap<>(Map.of("m", 1, "a", 2, "z", 3, "c", 4));
                    Set<String> hashSet = new HashSet<>(List.of("x", "y", "zz"));
                    Set<String> linkedSet = new LinkedHashSet<>(List.of("3", "1", "2"));
                    Set<Integer> treeSet = new TreeSet<>(List.of(5, 1, 3));
                    NavigableSet<Integer> descending = new TreeSet<>(List.of(5, 1, 3)).descendingSet();
                    Map<String, Integer> concurrent = new ConcurrentHashMap<>(Map.of("p", 1, "q", 2));
                    Map<Collide, Integer> treeBucket = new HashMap<>();
                    Map<Collide, Integer> concurrentTreeBucket = new ConcurrentHashMap<>();
                    for (int n = 0; n < 20; n++) { treeBucket.put(new Collide(n), n); concurrentTreeBucket.put(new Collide(n), n); }
                    List<String> unmodifiable = Collections.unmodifiableList(arrayList);
                    Map<String, Integer> synchronizedMap = Collections.synchronizedMap(linkedHash);
                    List<Integer> listOf1 = List.of(1);
                    List<Integer> listOf2 = List.of(1, 2);
                    List<Integer> listOfN = List.of(1, 2, 3);
                    List<Integer> subList = List.of(1, 2, 3, 4).subList(1, 3);
                    Map<String, Integer> mapOf1 = Map.of("k", 1);
                    Map<String, Integer> mapOfN = Map.of("a", 1, "b", 2, "c", 3);
                    Set<String> setOfN = Set.of("x", "y", "z");
                    IntSupplier lambda = () -> i + 1;
                    Object anonymous = new Object() { int n = 5; Object outer() { return Values.this; } };
                    Inner inner = new Inner();
                    Derived derived = new Derived();
                    Box<List<String>> box = new Box<>(List.of("in"));
                    List<List<String>> nested = List.of(List.of("x", "y"));
                    int[] huge = new int[10_000_000];
                    huge[9_999_999] = 9;
                    List<Integer> big100k = new ArrayList<>();
                    for (int n = 0; n < 100_000; n++) { big100k.add(n); }
                    EnumMap<Color, String> byColor = new EnumMap<>(Color.class);
                    byColor.put(Color.GREEN, null);
                    byColor.put(Color.RED, "r");
                    System.out.println("ready " + lambda.getAsInt()); // STOP
                }
            }
            """;

    /** A class compiled without local variable information: {@code dv} can show only the arguments. */
    static final String NO_LOCALS = """
            public class NoLocals {
                public static void main(String[] args) {
                    new NoLocals().work(5, "five");
                }

                void work(int count, String name) {
                    int doubled = count * 2;
                    System.out.println(name + doubled); // STOP
                }
            }
            """;

    /** A second thread parked in a native method ({@code Thread.sleep}) while main stops: {@code dv} in a native frame. */
    static final String NAPPER = """
            public class Napper {
                public static void main(String[] args) {
                    Thread napper = new Thread(() -> {
                        try {
                            Thread.sleep(600_000);
                        } catch (InterruptedException e) {
                            // the test ends the JVM
                        }
                    }, "napper");
                    napper.setDaemon(true);
                    napper.start();
                    while (napper.getState() != Thread.State.TIMED_WAITING) {
                        Thread.yield();
                    }
                    System.out.println("napping"); // STOP
                }
            }
            """;
}
