package io.dbgshell.bench;

import io.dbgshell.client.RemoteSession;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.FrameCodec;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.TestHost;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import java.util.ArrayList;
import java.util.List;

/**
 * Command round trip: a client sends {@code .echo x} and waits for {@code x}; baseline is a raw
 * ping-pong of the same request and reply byte counts over the same kind of socket (tcp, or a
 * Unix-domain socket for npipe), measured in the same run;
 * ssl's and spipe's baseline is a JSSE ping-pong with the same TLS contexts, over loopback tcp (JSSE
 * sockets cannot use a Unix-domain socket). The two are taken in turn, one round trip each, so they
 * see the same state of the machine: a virtual CPU's wake-up cost drifts over seconds, which a block
 * of one then a block of the other would catch. Over tcp each run then pairs the raw ping-pong the
 * same way with a reference, a Netty client and server driven like dbgshell's
 * ({@link NettyPingPong}), which shows what Netty's own thread hand-offs cost before any session.
 * Arguments: runs, round trips per run, transport (default 5, 5000, tcp; or npipe, ssl, spipe).
 */
public final class RoundTripBench {
    private RoundTripBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        String protocol = args.length > 2 ? args[2].toLowerCase(java.util.Locale.ROOT) : "tcp";
        Report.header("round trip .echo x over " + protocol);
        int requestBytes = encodedSize(new Frame.Input(".echo x"));
        int replyBytes = encodedSize(new Frame.Output("x\n"));
        List<Double> rawMedians = new ArrayList<>();
        List<Double> rawP99 = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> nettyRatios = new ArrayList<>();
        try (BenchSession bench = new BenchSession(TestHost.fastSettings(), protocol, "");
             AutoCloseable baseline = baseline(bench, protocol, requestBytes, replyBytes);
             NettyPingPong netty = protocol.equals("tcp") ? new NettyPingPong(requestBytes, replyBytes) : null) {
            RoundTrip raw = (RoundTrip) baseline;
            QueueDisplay display = new QueueDisplay();
            RemoteSession client = bench.join("", new Identity("CLIENTBOX", "bench"), display);
            for (int run = -1; run < runs; run++) { // run -1 warms up both paths
                long[] rawTimes = new long[iterations];
                long[] times = new long[iterations];
                display.clear();
                for (int i = 0; i < iterations; i++) {
                    rawTimes[i] = raw.roundTrip();
                    long start = System.nanoTime();
                    client.send(".echo x");
                    times[i] = display.await("x\n") - start;
                }
                if (run < 0) {
                    continue;
                }
                Stats rawStats = Stats.of(rawTimes);
                Stats stats = Stats.of(times);
                rawMedians.add(rawStats.median());
                rawP99.add(rawStats.p99());
                medians.add(stats.median());
                p99s.add(stats.p99());
                ratios.add(stats.median() / rawStats.median());
                Report.line("run %d: raw median %.1f us p99 %.1f us | dbgshell median %.1f us p99 %.1f us | ratio %.2f",
                        run, rawStats.median() / 1e3, rawStats.p99() / 1e3, stats.median() / 1e3, stats.p99() / 1e3,
                        stats.median() / rawStats.median());
                if (netty != null) {
                    nettyRatios.add(reference(raw, netty, iterations, run));
                }
            }
            client.disconnect();
        }
        Report.line("bytes: request %d, reply %d; %d runs x %d round trips", requestBytes, replyBytes, runs, iterations);
        Report.line("raw ping-pong median      %s", of(rawMedians).spread(1e3, " us"));
        Report.line("raw ping-pong p99         %s", of(rawP99).spread(1e3, " us"));
        Report.line("dbgshell .echo x median   %s", of(medians).spread(1e3, " us"));
        Report.line("dbgshell .echo x p99      %s", of(p99s).spread(1e3, " us"));
        Report.line("ratio (median/median)     %s  target <= 4, p99 <= 1000 us", of(ratios).spread(1, ""));
        if (protocol.equals("tcp")) {
            Report.line("reference: netty/raw      %s  (Netty's hand-offs alone, no session)", of(nettyRatios).spread(1, ""));
        }
        Report.line("load after: %s", Report.load());
    }

    /** The Netty reference paired with the raw ping-pong; returns its ratio of medians. */
    private static double reference(RoundTrip raw, NettyPingPong netty, int iterations, int run) throws java.io.IOException {
        long[] rawTimes = new long[iterations];
        long[] nettyTimes = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            rawTimes[i] = raw.roundTrip();
            nettyTimes[i] = netty.roundTrip();
        }
        double ratio = Stats.of(nettyTimes).median() / Stats.of(rawTimes).median();
        Report.line("run %d reference: raw median %.1f us | netty median %.1f us | ratio %.2f", run,
                Stats.of(rawTimes).median() / 1e3, Stats.of(nettyTimes).median() / 1e3, ratio);
        return ratio;
    }

    /** One timed request and reply of the baseline. */
    interface RoundTrip {
        long roundTrip() throws java.io.IOException;
    }

    private static AutoCloseable baseline(BenchSession bench, String protocol, int requestBytes, int replyBytes)
            throws Exception {
        if (protocol.equals("ssl") || protocol.equals("spipe")) {
            io.netty.handler.ssl.SslContext[] contexts = bench.tlsContexts();
            return new RawTls(contexts[0], contexts[1], requestBytes, replyBytes);
        }
        return new RawPingPong(protocol.equals("npipe"), requestBytes, replyBytes);
    }

    static Stats of(List<Double> values) {
        return new Stats(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static int encodedSize(Frame frame) {
        ByteBuf encoded = FrameCodec.encode(frame, ByteBufAllocator.DEFAULT);
        try {
            return encoded.readableBytes();
        } finally {
            encoded.release();
        }
    }
}
