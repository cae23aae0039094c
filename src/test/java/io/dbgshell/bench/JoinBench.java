package io.dbgshell.bench;

import io.dbgshell.client.RemoteSession;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.TestHost;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Join time: connect, greeting, password proof, acceptance and banner, against a bare tcp connect to
 * the same server (tcp), or a bare TLS handshake with the same TLS contexts (ssl), in the same run.
 * Arguments: runs, joins per run, transport (default 5, 200, tcp; or ssl).
 */
public final class JoinBench {
    private JoinBench() {
    }

    private static long connect(InetSocketAddress address) throws java.io.IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(address);
            return System.nanoTime() - start;
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int joins = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        boolean ssl = args.length > 2 && args[2].equals("ssl");
        Report.header("join time over " + (ssl ? "ssl" : "tcp") + " with a password");
        List<Double> connectMedians = new ArrayList<>();
        List<Double> joinMedians = new ArrayList<>();
        List<Double> beyond = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> contextMedians = new ArrayList<>();
        try (BenchSession bench = new BenchSession(TestHost.fastSettings(), ssl ? "ssl" : "tcp",
                ",password=" + BenchSession.PASSWORD)) {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), bench.port());
            RawTls tls = ssl ? new RawTls(bench.tlsContexts()[0], bench.tlsContexts()[1], 1, 1) : null;
            for (int run = -1; run < runs; run++) {
                long[] connects = new long[joins];
                long[] joinTimes = new long[joins];
                long[] contexts = new long[joins];
                for (int i = 0; i < joins; i++) {
                    connects[i] = ssl ? tls.handshake() : connect(address);
                    if (ssl) {
                        long start = System.nanoTime();
                        bench.clientTlsContext();
                        contexts[i] = System.nanoTime() - start;
                    }
                    QueueDisplay display = new QueueDisplay();
                    long start = System.nanoTime();
                    RemoteSession client = bench.join(",password=" + BenchSession.PASSWORD,
                            new Identity("CLIENTBOX", "bench" + i), display);
                    joinTimes[i] = System.nanoTime() - start;
                    client.disconnect();
                }
                if (run < 0) {
                    continue;
                }
                Stats connect = Stats.of(connects);
                Stats join = Stats.of(joinTimes);
                connectMedians.add(connect.median());
                joinMedians.add(join.median());
                beyond.add(join.median() - connect.median());
                ratios.add(join.median() / connect.median());
                contextMedians.add(Stats.of(contexts).median());
                Report.line("run %d: " + (ssl ? "TLS handshake" : "connect") + " median %.3f ms p99 %.3f | join median %.3f ms p99 %.3f | beyond connect %.3f ms",
                        run, connect.median() / 1e6, connect.p99() / 1e6, join.median() / 1e6, join.p99() / 1e6,
                        (join.median() - connect.median()) / 1e6);
            }
            if (tls != null) {
                tls.close();
            }
        }
        Report.line("%d runs x %d joins", runs, joins);
        Report.line((ssl ? "bare TLS handshake median " : "bare tcp connect median   ") + "%s",
                RoundTripBench.of(connectMedians).spread(1e6, " ms"));
        Report.line("join median               %s", RoundTripBench.of(joinMedians).spread(1e6, " ms"));
        Report.line("join beyond baseline      %s  target (tcp) <= 2 ms", RoundTripBench.of(beyond).spread(1e6, " ms"));
        Report.line("join / baseline           %s  target (ssl) <= 1.5", RoundTripBench.of(ratios).spread(1, ""));
        if (ssl) {
            double context = RoundTripBench.of(contextMedians).median();
            Report.line("of which the client's TLS context (store read, SSLContext), about %.3f ms;"
                            + " join without it / baseline %.2f", context / 1e6,
                    (RoundTripBench.of(joinMedians).median() - context) / RoundTripBench.of(connectMedians).median());
        }
        Report.line("load after: %s", Report.load());
    }
}
