package io.dbgshell.bench;

import java.io.IOException;
import java.io.InputStream;
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
 * dbgshell command line without the AppCDS archive. With /usr/bin/time present, each process's CPU
 * time (user + system) is reported too: it is far less disturbed by other load than wall time.
 * Arguments: runs (default 20).
 */
public final class StartupBench {
    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path target = Path.of("target").toAbsolutePath();
        Path home = Files.createTempDirectory("bench-home");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path hello = helloJar(target.resolve("bench-hello.jar"));
        Report.header("start-up, " + runs + " interleaved runs");
        List<String> helloCmd = List.of(java, "-jar", hello.toString());
        List<String> launcher = List.of("sh", target.resolve("dbgshell").toString());
        List<String> noArchive = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-jar", target.resolve("dbgshell.jar").toString());
        Path cpuFile = home.resolve("cpu.txt");
        boolean cpu = Files.isExecutable(Path.of(TIME));
        long[][] cpuTimes = new long[3][runs];
        long[] helloTimes = new long[runs];
        long[] launcherTimes = new long[runs];
        long[] plainTimes = new long[runs];
        double[] ratios = new double[runs];
        for (int run = -2; run < runs; run++) { // two warm-up rounds fill the page cache
            long h = time(helloCmd, home, cpu ? cpuFile : null);
            long hc = cpu ? cpuNanos(cpuFile) : 0;
            long l = time(launcher, home, cpu ? cpuFile : null);
            long lc = cpu ? cpuNanos(cpuFile) : 0;
            long p = time(noArchive, home, cpu ? cpuFile : null);
            long pc = cpu ? cpuNanos(cpuFile) : 0;
            if (run >= 0) {
                cpuTimes[0][run] = hc;
                cpuTimes[1][run] = lc;
                cpuTimes[2][run] = pc;
                helloTimes[run] = h;
                launcherTimes[run] = l;
                plainTimes[run] = p;
                ratios[run] = (double) l / h;
            }
        }
        Stats h = Stats.of(helloTimes);
        Stats l = Stats.of(launcherTimes);
        Report.line("java -jar hello.jar             %s", h.spread(1e6, " ms"));
        Report.line("target/dbgshell (AppCDS)        %s", l.spread(1e6, " ms"));
        Report.line("same without the AppCDS archive %s", Stats.of(plainTimes).spread(1e6, " ms"));
        Report.line("ratio of medians %.2f, per-run ratio %s  target <= 3", l.median() / h.median(),
                new Stats(ratios).spread(1, ""));
        if (cpu) {
            Report.line("CPU time: hello %s", Stats.of(cpuTimes[0]).spread(1e6, " ms"));
            Report.line("CPU time: dbgshell (AppCDS) %s", Stats.of(cpuTimes[1]).spread(1e6, " ms"));
            Report.line("CPU time: dbgshell without the archive %s", Stats.of(cpuTimes[2]).spread(1e6, " ms"));
            Report.line("CPU time ratio of medians %.2f",
                    Stats.of(cpuTimes[1]).median() / Stats.of(cpuTimes[0]).median());
        }
        Report.line("load after: %s", Report.load());
    }

    private static final String TIME = "/usr/bin/time";

    /** Wall time of one run; with {@code cpuFile}, /usr/bin/time writes the run's CPU seconds there. */
    private static long time(List<String> command, Path home, Path cpuFile) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (cpuFile != null) {
            full.addAll(List.of(TIME, "-f", "%U %S", "-o", cpuFile.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("DBGSHELL_HOME", home.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("q\n".getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream out = process.getInputStream()) {
            out.transferTo(OutputStream.nullOutputStream());
        }
        int code = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (code != 0) {
            throw new IllegalStateException(command + " exited with " + code);
        }
        return elapsed;
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
