package io.dbgshell.bench;

import io.dbgshell.protocol.Frame;
import io.dbgshell.testing.RawLink;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Heap per idle attached client: a host JVM ({@link MemoryHost}, launcher's GC flags) is measured
 * after GC with 0 clients and with N joined over tcp. Arguments: N, runs (default 1000, 3).
 */
public final class MemoryBench {
    private MemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Report.header("heap per idle client, N=" + n);
        double[] perClient = new double[runs];
        for (int run = 0; run < runs; run++) {
            Process host = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-Xmx512m",
                    "-Ddbgshell.log.level=warn",
                    "-cp", System.getProperty("java.class.path"), MemoryHost.class.getName())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter in = new PrintWriter(host.getOutputStream(), true, StandardCharsets.UTF_8);
            int port = Integer.parseInt(out.readLine().substring("port ".length()));
            long[] empty = heap(in, out);
            List<RawLink> links = new ArrayList<>();
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            for (int i = 0; i < n; i++) {
                RawLink link = RawLink.open(address);
                Frame answer = link.join("CLIENTBOX", "idle" + i, Optional.empty());
                if (!(answer instanceof Frame.Accepted)) {
                    throw new IllegalStateException("client " + i + " not accepted: " + answer);
                }
                links.add(link);
            }
            Thread.sleep(2000); // let the session thread and event loops settle the last joins
            long[] full = heap(in, out);
            perClient[run] = (full[0] - empty[0]) / (double) n;
            Report.line("run %d: heap with 0 clients %.1f MiB, with %d: %.1f MiB -> %.1f KiB per client"
                            + " (resident set %.1f -> %.1f MiB, %.1f KiB per client)", run,
                    empty[0] / 1048576.0, n, full[0] / 1048576.0, perClient[run] / 1024,
                    empty[1] / 1048576.0, full[1] / 1048576.0, (full[1] - empty[1]) / 1024.0 / n);
            for (RawLink link : links) {
                link.close();
            }
            in.close();
            host.waitFor();
        }
        Report.line("heap per idle client  %s  target <= 64 KiB", new Stats(perClient).spread(1024, " KiB"));
        Report.line("load after: %s", Report.load());
    }

    /** Heap after GC and resident set of the host, in bytes. */
    private static long[] heap(PrintWriter in, BufferedReader out) throws java.io.IOException {
        in.println("heap");
        String[] words = out.readLine().split(" ");
        return new long[] {Long.parseLong(words[1]), Long.parseLong(words[2])};
    }
}
