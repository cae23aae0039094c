package io.dbgshell.bench;

import io.dbgshell.client.RemoteSession;
import io.dbgshell.session.Identity;
import io.dbgshell.testing.TestHost;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Join time over tcp: connect, greeting, password proof, acceptance and banner, against a bare tcp
 * connect to the same server in the same run. Arguments: runs, joins per run (default 5, 200).
 */
public final class JoinBench {
    private JoinBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int joins = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Report.header("join time over tcp with a password");
        List<Double> connectMedians = new ArrayList<>();
        List<Double> joinMedians = new ArrayList<>();
        List<Double> beyond = new ArrayList<>();
        try (BenchSession bench = new BenchSession(TestHost.fastSettings(), ",password=" + BenchSession.PASSWORD)) {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), bench.port());
            for (int run = -1; run < runs; run++) {
                long[] connects = new long[joins];
                long[] joinTimes = new long[joins];
                for (int i = 0; i < joins; i++) {
                    long start = System.nanoTime();
                    try (Socket socket = new Socket()) {
                        socket.setTcpNoDelay(true);
                        socket.connect(address);
                        connects[i] = System.nanoTime() - start;
                    }
                    QueueDisplay display = new QueueDisplay();
                    start = System.nanoTime();
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
                Report.line("run %d: connect median %.3f ms p99 %.3f | join median %.3f ms p99 %.3f | beyond connect %.3f ms",
                        run, connect.median() / 1e6, connect.p99() / 1e6, join.median() / 1e6, join.p99() / 1e6,
                        (join.median() - connect.median()) / 1e6);
            }
        }
        Report.line("%d runs x %d joins", runs, joins);
        Report.line("bare tcp connect median   %s", RoundTripBench.of(connectMedians).spread(1e6, " ms"));
        Report.line("join median               %s", RoundTripBench.of(joinMedians).spread(1e6, " ms"));
        Report.line("join beyond connect       %s  target <= 2 ms", RoundTripBench.of(beyond).spread(1e6, " ms"));
        Report.line("load after: %s", Report.load());
    }
}
