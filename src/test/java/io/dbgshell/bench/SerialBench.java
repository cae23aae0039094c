package io.dbgshell.bench;

import io.dbgshell.config.Tunables;
import io.dbgshell.transport.spec.CommonParams;
import com.fazecast.jSerialComm.SerialPort;
import io.dbgshell.transport.serial.ComSpec;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.serial.ComClientTransport;
import io.dbgshell.transport.serial.ComServerTransport;
import io.dbgshell.transport.serial.LineCounters;
import io.dbgshell.transport.serial.PtyRelay;
import io.dbgshell.transport.serial.SerialLines;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;

/**
 * Serial framing overhead: goodput of the com transport against raw bytes through the same pty pair,
 * once with the relay paced like a 115200-baud line (10 bits a byte, both directions) and once
 * unpaced (the pty ignores baud, so this measures the software path, not the line). Also the wire
 * efficiency: payload bytes over bytes the sender wrote. Arguments: runs (default 3).
 */
public final class SerialBench {
    static final int BAUD = 115200;
    static final int PACED_BYTES = 24 * 1024;
    static final int UNPACED_BYTES = 2 * 1024 * 1024;
    private static final byte[] LINE = "  0x00007ff6a1b2c3d4  mov     rax, qword ptr [rbp+0x18]        ; frame #3 main.c:42\n"
            .getBytes(StandardCharsets.US_ASCII);

    private SerialBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Report.header("serial framing overhead through a pty pair");
        for (boolean paced : new boolean[] {true, false}) {
            byte[] data = data(paced ? PACED_BYTES : UNPACED_BYTES);
            double[] raw = new double[runs];
            double[] framed = new double[runs];
            double[] ratio = new double[runs];
            double[] efficiency = new double[runs];
            for (int run = 0; run < runs; run++) {
                raw[run] = rawBytesPerSecond(data, paced);
                double[] result = framedBytesPerSecond(data, paced);
                framed[run] = result[0];
                efficiency[run] = result[1];
                ratio[run] = framed[run] / raw[run];
            }
            String how = paced ? "paced at " + BAUD + " baud, " + data.length + " bytes" : "unpaced, " + data.length + " bytes";
            Report.line("%s:", how);
            Report.line("  raw bytes       %s", new Stats(raw).spread(1e3, " kB/s"));
            Report.line("  com transport   %s", new Stats(framed).spread(1e3, " kB/s"));
            Report.line("  goodput ratio   %s  target >= 0.95", new Stats(ratio).spread(1, ""));
            Report.line("  wire efficiency %s (payload / bytes written by the sender)", new Stats(efficiency).spread(1, ""));
        }
        Report.line("load after: %s", Report.load());
    }

    private static byte[] data(int size) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = LINE[i % LINE.length];
        }
        return data;
    }

    /** Delays each chunk by its time on a serial line of {@link #BAUD}, as the relay thread forwards it. */
    private static UnaryOperator<byte[]> pacer() {
        long[] lineFreeAt = {System.nanoTime()};
        long nanosPerByte = 10L * 1_000_000_000L / BAUD;
        return chunk -> {
            long now = System.nanoTime();
            lineFreeAt[0] = Math.max(now, lineFreeAt[0]) + chunk.length * nanosPerByte;
            while (System.nanoTime() < lineFreeAt[0]) {
                LockSupport.parkNanos(lineFreeAt[0] - System.nanoTime());
            }
            return chunk;
        };
    }

    private static PtyRelay relay(boolean paced) throws java.io.IOException {
        PtyRelay relay = PtyRelay.start();
        if (paced) {
            relay.tamperAToB(pacer());
            relay.tamperBToA(pacer());
        }
        return relay;
    }

    private static double rawBytesPerSecond(byte[] data, boolean paced) throws Exception {
        try (PtyRelay relay = relay(paced)) {
            SerialPort from = SerialPort.getCommPort(relay.pathB());
            SerialPort to = SerialPort.getCommPort(relay.pathA());
            from.openPort();
            to.openPort();
            to.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 5000, 0);
            from.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 0);
            Thread writer = new Thread(() -> from.writeBytes(data, data.length));
            long start = System.nanoTime();
            writer.start();
            byte[] buffer = new byte[8192];
            long got = 0;
            while (got < data.length) {
                int n = to.readBytes(buffer, buffer.length);
                if (n <= 0) {
                    throw new IllegalStateException("raw transfer stalled at " + got + " bytes");
                }
                got += n;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            writer.join();
            from.closePort();
            to.closePort();
            return data.length / seconds;
        }
    }

    /** Goodput in bytes per second, and payload over bytes the sender wrote. */
    private static double[] framedBytesPerSecond(byte[] data, boolean paced) throws Exception {
        try (PtyRelay relay = relay(paced); SerialLines host = new SerialLines(Tunables.DEFAULTS);
             SerialLines remote = new SerialLines(Tunables.DEFAULTS)) {
            AtomicLong received = new AtomicLong();
            CountDownLatch all = new CountDownLatch(1);
            new ComServerTransport(host).bind(new ComSpec(Role.SERVER, relay.pathA(), BAUD, 1, CommonParams.NONE),
                    new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                                @Override
                                public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                    if (received.addAndGet(((ByteBuf) msg).readableBytes()) >= data.length) {
                                        all.countDown();
                                    }
                                    ((ByteBuf) msg).release();
                                }
                            });
                        }
                    });
            Channel client = new ComClientTransport(remote).connect(
                    new ComSpec(Role.CLIENT, relay.pathB(), BAUD, 1, CommonParams.NONE),
                    new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel ch) {
                        }
                    });
            LineCounters before = remote.counters(relay.pathB()).orElseThrow();
            long start = System.nanoTime();
            client.writeAndFlush(Unpooled.wrappedBuffer(data));
            if (!all.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("framed transfer incomplete: " + received.get() + " bytes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            LineCounters after = remote.counters(relay.pathB()).orElseThrow();
            client.close();
            return new double[] {data.length / seconds, (double) data.length / (after.bytesWritten() - before.bytesWritten())};
        }
    }
}
