package io.dbgshell.testing;

import java.nio.file.Path;

/**
 * Small Java programs to debug, and thin entries into {@link TargetJvm} that compile them and start one
 * as a user would (with or without a JDWP agent). Line numbers in the sources are part
 * of what the tests assert, so the sources are written out line by line.
 */
public final class TargetPrograms {
    /**
     * Recursion and an exit code: {@code fact} at lines 3-4, {@code main} at lines 7-10, exits with 7.
     */
    public static final String HELLO = String.join("\n",
            "public class Hello {",
            "    static int fact(int n) {",
            "        if (n <= 1) return 1;",
            "        return n * fact(n - 1);",
            "    }",
            "    public static void main(String[] args) {",
            "        int x = 3;",
            "        int y = fact(x);",
            "        System.out.println(\"fact \" + y);",
            "        System.exit(7);",
            "    }",
            "}", "");

    /** A tight loop for break-in: prints {@code spinning} once, then never stops. */
    public static final String SPIN = String.join("\n",
            "public class Spin {",
            "    static long work(long x) {",
            "        return x * 31 + 7;",
            "    }",
            "    public static void main(String[] args) {",
            "        long x = 1;",
            "        System.out.println(\"spinning\");",
            "        while (true) {",
            "            x = work(x);",
            "        }",
            "    }",
            "}", "");

    /** Two named worker threads that sleep forever, as does main after printing {@code started}. */
    public static final String WORKERS = String.join("\n",
            "public class Workers {",
            "    public static void main(String[] args) {",
            "        for (int i = 1; i <= 2; i++) {",
            "            new Thread(Workers::nap, \"worker-\" + i).start();",
            "        }",
            "        System.out.println(\"started\");",
            "        nap();",
            "    }",
            "    static void nap() {",
            "        while (true) {",
            "            try {",
            "                Thread.sleep(100_000);",
            "            } catch (InterruptedException e) {",
            "                return;",
            "            }",
            "        }",
            "    }",
            "}", "");

    /** Prints {@code tick N} about 20 times a second, forever: whether it runs shows in its output. */
    public static final String TICKER = String.join("\n",
            "public class Ticker {",
            "    public static void main(String[] args) throws InterruptedException {",
            "        for (long i = 0; ; i++) {",
            "            System.out.println(\"tick \" + i);",
            "            Thread.sleep(50);",
            "        }",
            "    }",
            "}", "");

    /** Prints numbered 60-character lines as fast as it can, forever. */
    public static final String CHATTY = String.join("\n",
            "public class Chatty {",
            "    public static void main(String[] args) {",
            "        String pad = \"x\".repeat(50);",
            "        for (long i = 0; ; i++) {",
            "            System.out.println(String.format(\"%08d \", i % 100_000_000) + pad);",
            "        }",
            "    }",
            "}", "");

    private TargetPrograms() {
    }

    /** Compiles {@code sources} (each a public class named by its first line) into {@code dir}, with or without {@code -g}. */
    public static Path compile(Path dir, boolean debugInfo, String... sources) {
        TargetJvm.Program program = TargetJvm.program(dir)
                .debugInfo(debugInfo ? TargetJvm.DebugInfo.ALL : TargetJvm.DebugInfo.NONE);
        for (String source : sources) {
            program.source(source);
        }
        return program.compile();
    }

    /** This JDK's {@code java}. */
    public static String java() {
        return TargetJvm.java();
    }

    /**
     * Starts {@code java [jvmOptions] -cp dir mainClass} as a separate process and waits until it
     * prints {@code firstLine}; its output is collected in {@code output}.
     */
    public static Process start(Path dir, String mainClass, String firstLine, TextLog output, String... jvmOptions) {
        return new TargetJvm.Launch(dir.toString(), mainClass).withoutAgent().jvmOptions(jvmOptions)
                .output(output).ready(firstLine).start().process;
    }
}
