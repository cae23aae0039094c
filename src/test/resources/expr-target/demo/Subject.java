package demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The target the expression tests stop in: one of each kind of value the language reads. */
public class Subject {
    enum Color { RED, GREEN }

    record Point(int x, int y) {
        int sum() {
            return x + y;
        }
    }

    static class Box<T> {
        T content;

        Box(T content) {
            this.content = content;
        }

        T get() {
            return content;
        }
    }

    static int counter = 7;
    static final String NAME = "subject";
    static int marks;

    int field = 3;
    String text = "hello";
    Integer boxed = 1000;
    Integer boxedSame = 1000;
    Integer nothing;
    Boolean flag = Boolean.TRUE;
    int[][] grid = {{1, 2}, {3, 4, 5}};
    String[] words = {"alpha", "beta"};
    List<String> names = new ArrayList<>(List.of("a", "b"));
    Map<String, Integer> map = new HashMap<>(Map.of("k", 1));
    Box<String> box = new Box<>("boxed text");
    Color color = Color.GREEN;
    Point point = new Point(2, 5);
    Inner inner = new Inner();
    Object object = "an object";
    char letter = 'x';
    long big = Long.MAX_VALUE;
    double ratio = 0.5;
    Runnable lambda = () -> { };

    class Inner {
        int depth = 9;

        int outerField() {
            return field;
        }

        void run(int innerLocal) {
            probe(innerLocal * 4 + 1, "label", (byte) -3, (short) 300, 1.5f, 77);
        }
    }

    static int twice(int v) {
        return 2 * v;
    }

    static long twice(long v) {
        return 3 * v;
    }

    static String twice(String s) {
        return s + s;
    }

    static String describe(Object o) {
        return "object";
    }

    static String describe(Integer i) {
        return "Integer";
    }

    static String describe(long l) {
        return "long";
    }

    static int sumAll(int... values) {
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum;
    }

    int plusField(int a) {
        return a + field;
    }

    static int spin() {
        long n = 0;
        while (n >= 0) {
            n++;
        }
        return (int) n;
    }

    static int marked() {
        marks++; // MARKED
        return 42;
    }

    static String fail() {
        throw new IllegalStateException("cart is empty");
    }

    static String trimmed(String s) {
        return s.trim();
    }

    void probe(int count, String label, byte small, short mid, float f, Integer boxedArg) {
        int local = count * 2;
        String none = null;
        int[] empty = new int[0];
        Color red = Color.RED;
        System.out.println("probe " + local + none + empty.length + red); // STOP
    }

    public static void main(String[] args) {
        new Subject().inner.run(5);
    }
}
