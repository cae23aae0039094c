package io.dbgshell.bench;

import io.dbgshell.testing.TestHost;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * The host half of {@link MemoryBench}, run in its own JVM so clients' objects are not counted:
 * prints its tcp port, then answers each {@code heap} line on stdin with the heap in use after GC.
 */
public final class MemoryHost {
    private MemoryHost() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchSession bench = new BenchSession(TestHost.fastSettings(), "")) {
            System.out.println("port " + bench.port());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && line.equals("heap")) {
                System.out.println("heap " + heapAfterGc() + " " + residentBytes());
            }
        }
    }

    /** The process's resident set (heap, direct buffers, threads' stacks), for context. */
    static long residentBytes() throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }

    static long heapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
