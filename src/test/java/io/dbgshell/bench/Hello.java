package io.dbgshell.bench;

/** The start-up baseline: a JVM "hello world", packed alone into a jar by {@link StartupBench}. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
