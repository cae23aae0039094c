package io.dbgshell.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Start-up wall time: {@code target/dbgshell} reading {@code q} from stdin (host mode, no terminal),
 * against {@code java -jar hello.jar} on the same JDK, interleaved run by run. Also the same
 * dbgshell command line without the AppCDS archive, and {@code target/dbgshell -server tcp:port=0}:
 * the time to its first {@code Server started} line, and from writing {@code q} to its exit. With
 * /usr/bin/time present, each process's CPU time (user + system) is reported too: it is far less
 * disturbed by other load than wall time. Arguments: runs (default 20), the server's transport
 * (default {@code tcp:port=0}; a fixed port measures a build from before port 0). The JVM the
 * launcher runs is this one ({@code JAVA} is set for it), and {@code target} is the one in the
 * working directory.
 */
public final class StartupBench {
    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String serverTransport = args.length > 1 ? args[1] : "tcp:port=0";
        Path target = Path.of("target").toAbsolutePath();
        Path home = Files.createTempDirectory("bench-home");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path hello = helloJar(target.resolve("bench-hello.jar"));
        Report.header("start-up, " + runs + " interleaved runs");
        List<String> helloCmd = List.of(java, "-jar", hello.toString());
        List<String> launcher = List.of("sh", target.resolve("dbgshell").toString());
        List<String> server = List.of("sh", target.resolve("dbgshell").toString(), "-server", serverTransport);
        List<String> noArchive = List.of(java, "-XX:+UseSerialGC", "-Xshare:auto",
                "-jar", target.resolve("dbgshell.jar").toString());
        Path cpuFile = home.resolve("cpu.txt");
        boolean cpu = Files.isExecutable(Path.of(TIME));
        long[][] cpuTimes = new long[4][runs];
        long[] helloTimes = new long[runs];
        long[] launcherTimes = new long[runs];
        long[] plainTimes = new long[runs];
        long[] serverStarted = new long[runs];
        long[] exitAfterQ = new long[runs];
        double[] ratios = new double[runs];
        double[] serverRatios = new double[runs];
        for (int run = -2; run < runs; run++) { // two warm-up rounds fill the page cache
            Timing h = time(helloCmd, null, home, cpu ? cpuFile : null);
            Timing l = time(launcher, null, home, cpu ? cpuFile : null);
            Timing s = time(server, SERVER_STARTED, home, cpu ? cpuFile : null);
            Timing p = time(noArchive, null, home, cpu ? cpuFile : null);
            if (run >= 0) {
                cpuTimes[0][run] = h.cpu();
                cpuTimes[1][run] = l.cpu();
                cpuTimes[2][run] = p.cpu();
                cpuTimes[3][run] = s.cpu();
                helloTimes[run] = h.wall();
                launcherTimes[run] = l.wall();
                plainTimes[run] = p.wall();
                serverStarted[run] = s.awaited();
                exitAfterQ[run] = s.wall() - s.quit();
                ratios[run] = (double) l.wall() / h.wall();
                serverRatios[run] = (double) s.awaited() / h.wall();
            }
        }
        Stats h = Stats.of(helloTimes);
        Stats l = Stats.of(launcherTimes);
        Stats started = Stats.of(serverStarted);
        Report.line("java -jar hello.jar             %s", h.spread(1e6, " ms"));
        Report.line("target/dbgshell (AppCDS)        %s", l.spread(1e6, " ms"));
        Report.line("same without the AppCDS archive %s", Stats.of(plainTimes).spread(1e6, " ms"));
        Report.line("ratio of medians %.2f, per-run ratio %s  target <= 3", l.median() / h.median(),
                new Stats(ratios).spread(1, ""));
        Report.line("-server %s, first '%s' line %s", serverTransport, SERVER_STARTED, started.spread(1e6, " ms"));
        Report.line("  ratio of medians to hello %.2f, per-run ratio %s  target <= 4", started.median() / h.median(),
                new Stats(serverRatios).spread(1, ""));
        Report.line("  exit after q (nobody attached) %s  target <= 50 ms", Stats.of(exitAfterQ).spread(1e6, " ms"));
        if (cpu) {
            Report.line("CPU time: hello %s", Stats.of(cpuTimes[0]).spread(1e6, " ms"));
            Report.line("CPU time: dbgshell (AppCDS) %s", Stats.of(cpuTimes[1]).spread(1e6, " ms"));
            Report.line("CPU time: dbgshell without the archive %s", Stats.of(cpuTimes[2]).spread(1e6, " ms"));
            Report.line("CPU time: dbgshell -server, start to exit %s", Stats.of(cpuTimes[3]).spread(1e6, " ms"));
            Report.line("CPU time ratio of medians %.2f",
                    Stats.of(cpuTimes[1]).median() / Stats.of(cpuTimes[0]).median());
        }
        Report.line("load after: %s", Report.load());
    }

    private static final String TIME = "/usr/bin/time";
    private static final String SERVER_STARTED = "Server started";

    /**
     * One run, in nanoseconds from the fork: its exit ({@code wall}), when the awaited line arrived
     * and when {@code q} was written (both the exit when nothing is awaited), and its CPU time.
     */
    private record Timing(long wall, long awaited, long quit, long cpu) {
    }

    /**
     * Runs {@code command}; with {@code awaited}, writes {@code q} only once a line starting with it
     * is read, else at once. With {@code cpuFile}, /usr/bin/time writes the run's CPU seconds there.
     */
    private static Timing time(List<String> command, String awaited, Path home, Path cpuFile)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (cpuFile != null) {
            full.addAll(List.of(TIME, "-f", "%U %S", "-o", cpuFile.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("DBGSHELL_HOME", home.toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        long seen = 0;
        OutputStream in = process.getOutputStream();
        try (InputStream out = process.getInputStream()) {
            if (awaited != null) {
                BufferedReader lines = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
                String line = lines.readLine();
                while (line != null && !line.startsWith(awaited)) {
                    line = lines.readLine();
                }
                if (line == null) {
                    throw new IllegalStateException(command + " ended without a '" + awaited + "' line");
                }
                seen = System.nanoTime() - start;
            }
            long quit = System.nanoTime() - start;
            in.write("q\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            if (awaited == null) {
                in.close(); // q, then the end of input: how the plain start-up figure was always taken
            }
            // else input stays open until the exit, as a terminal's does: the exit must not need it
            out.transferTo(OutputStream.nullOutputStream());
            int code = process.waitFor();
            long elapsed = System.nanoTime() - start;
            in.close();
            if (code != 0) {
                throw new IllegalStateException(command + " exited with " + code);
            }
            return new Timing(elapsed, awaited != null ? seen : elapsed, awaited != null ? quit : elapsed,
                    cpuFile != null ? cpuNanos(cpuFile) : 0);
        }
    }

    private static long cpuNanos(Path cpuFile) throws IOException {
        String[] seconds = Files.readString(cpuFile).trim().split("\\s+");
        return Math.round((Double.parseDouble(seconds[0]) + Double.parseDouble(seconds[1])) * 1e9);
    }

    private static Path helloJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Hello.class.getName());
        String entry = Hello.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             InputStream in = Hello.class.getResourceAsStream("/" + entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        return jar;
    }
}
