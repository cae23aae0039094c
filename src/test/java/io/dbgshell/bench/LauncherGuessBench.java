package io.dbgshell.bench;

import io.dbgshell.client.RemoteSession;
import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.standard.TransportSpecParser;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What an attack costs a host started by the packaged launcher, with the launcher's own JVM flags
 * (plus {@code DBGSHELL_JAVA_OPTS}, to compare compiler settings): the host's CPU time and the
 * right client's join times while guessers attack from processes of their own ({@link AttackerProcess}).
 * Phase one: 300 guessers from one address. Phase two: 200 guessers on a new address per guess.
 * Arguments: seconds per phase (default 20), then the launcher's extra JVM options (default none).
 */
public final class LauncherGuessBench {
    private static final String PASSWORD = "benchSecret1";

    private LauncherGuessBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String options = args.length > 1 ? args[1] : "";
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Report.header("launcher host under guessing, DBGSHELL_JAVA_OPTS='" + options + "'");
        ProcessBuilder builder = new ProcessBuilder("sh", "target/dbgshell", "-server", "tcp:port=" + port + ",password=" + PASSWORD)
                .redirectErrorStream(true);
        builder.environment().put("DBGSHELL_JAVA_OPTS", options);
        builder.environment().put("DBGSHELL_HOME", Files.createTempDirectory("launcher-guess").toString());
        Process host = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null && !line.startsWith("Server started"); line = out.readLine()) {
            // the banner, until the server is up
        }
        Thread drain = new Thread(() -> {
            try {
                out.lines().forEach(line -> { });
            } catch (java.io.UncheckedIOException closedAtTheEnd) {
                // the host's output closes when it is stopped
            }
        }, "host-output");
        drain.setDaemon(true);
        drain.start();
        // the launcher execs java, so the process started is the host's JVM
        long hostPid = host.pid();
        EventLoops loops = new EventLoops(2);
        Transports transports = TestTransports.tcp(loops);
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", port);
        try {
            phase(transports, port, hostPid, "alone", List.of(), seconds / 2, server);
            phase(transports, port, hostPid, "300 guessers from 127.0.0.2", List.of("127.0.0.2"), seconds, server);
            phase(transports, port, hostPid, "200 guessers rotating", List.of("rotating"), seconds, server);
        } finally {
            host.destroy();
            host.waitFor(10, TimeUnit.SECONDS);
            loops.close();
        }
        Report.line("load after: %s", Report.load());
    }

    private static void phase(Transports transports, int port, long hostPid, String name, List<String> sources, int seconds,
                              InetSocketAddress server) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long cpuBefore = cpuTicks(hostPid);
        List<Long> answers = Collections.synchronizedList(new ArrayList<>());
        List<AttackerProcess> attackers = new ArrayList<>();
        for (String source : sources) {
            attackers.add(new AttackerProcess(server, source, "rotating".equals(source) ? 200 : 300, end, answers));
        }
        TransportSpec right = TransportSpecParser.parse("tcp:server=127.0.0.1,port=" + port + ",password=" + PASSWORD, Role.CLIENT);
        RightClient.Joins joins = RightClient.joinUntil(end, n -> RemoteSession.join(transports, right, Tunables.DEFAULTS,
                new Identity("RIGHTBOX", "right" + n), Optional::empty, false, new QueueDisplay()));
        int opened = 0;
        for (AttackerProcess attacker : attackers) {
            opened += attacker.join();
        }
        double cpu = (cpuTicks(hostPid) - cpuBefore) / 100.0;
        long[] times = joins.times();
        Report.line("%s: host CPU %.1f s in %d s (%.2f cores); %d wrong answers (%.1f/s) to %d connections; right client %d of %d"
                        + " joined, median %.1f ms, max %.1f ms", name, cpu, seconds, cpu / seconds, answers.size(),
                answers.size() / (double) seconds, opened, times.length, joins.attempts(),
                times.length == 0 ? 0 : Stats.of(times).median() / 1e6, times.length == 0 ? 0 : Stats.of(times).max() / 1e6);
    }

    /** User and system time of a process, in clock ticks (1/100 s on Linux). */
    private static long cpuTicks(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
