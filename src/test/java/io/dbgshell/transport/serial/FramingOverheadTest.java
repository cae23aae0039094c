package io.dbgshell.transport.serial;

import com.fazecast.jSerialComm.SerialPort;
import io.dbgshell.transport.ComSpec;
import io.dbgshell.transport.Role;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Measures what framing costs: bytes on the wire per payload byte, and goodput through a pty pair. */
class FramingOverheadTest {
    /** A typical line of debugger output: 80 columns and a newline. */
    private static final byte[] LINE = ("  0x00007ff6a1b2c3d4  mov     rax, qword ptr [rbp+0x18]        ; frame #3 main.c:42\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final int BULK = 4 * 1024 * 1024;

    @Test
    void framingOverheadForTypicalOutput() {
        int ack = FrameCodec.encode(new Frame(FrameType.ACK, 3, 7, 1, Frame.EMPTY)).length;
        int perLine = FrameCodec.encode(new Frame(FrameType.DATA, 3, 7, 1, LINE)).length;
        byte[] packed = new byte[ComSettings.MAX_PAYLOAD];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = LINE[i % LINE.length];
        }
        int perFull = FrameCodec.encode(new Frame(FrameType.DATA, 3, 7, 1, packed)).length;
        double lineRatio = (double) LINE.length / perLine;
        double fullRatio = (double) packed.length / perFull;
        System.out.printf("framing: %d-byte line in one frame: %d bytes on the wire, efficiency %.3f (ACK back: %d bytes)%n",
                LINE.length, perLine, lineRatio, ack);
        System.out.printf("framing: %d-byte frame of such lines: %d bytes on the wire, efficiency %.3f%n",
                packed.length, perFull, fullRatio);
        assertThat(lineRatio).isGreaterThan(0.85);
        assertThat(fullRatio).isGreaterThan(0.95);
    }

    @Test
    void goodputThroughAPtyPair() throws Exception {
        byte[] data = new byte[BULK];
        for (int i = 0; i < data.length; i++) {
            data[i] = LINE[i % LINE.length];
        }
        double raw = rawBytesPerSecond(data);
        double framed = framedBytesPerSecond(data);
        System.out.printf("goodput through the pty pair: raw %.1f MB/s, com transport %.1f MB/s (%.0f%%)%n",
                raw / 1e6, framed / 1e6, 100 * framed / raw);
        assertThat(framed).isPositive();
    }

    private static double rawBytesPerSecond(byte[] data) throws Exception {
        try (PtyRelay relay = PtyRelay.start()) {
            SerialPort from = SerialPort.getCommPort(relay.pathB());
            SerialPort to = SerialPort.getCommPort(relay.pathA());
            from.openPort();
            to.openPort();
            to.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 1000, 0);
            from.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 0);
            Thread writer = new Thread(() -> from.writeBytes(data, data.length));
            long start = System.nanoTime();
            writer.start();
            byte[] buffer = new byte[8192];
            long got = 0;
            for (int n = to.readBytes(buffer, buffer.length); n > 0 && got < data.length; ) {
                got += n;
                if (got < data.length) {
                    n = to.readBytes(buffer, buffer.length);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            writer.join();
            from.closePort();
            to.closePort();
            assertThat(got).isEqualTo(data.length);
            return data.length / seconds;
        }
    }

    private static double framedBytesPerSecond(byte[] data) throws Exception {
        try (PtyRelay relay = PtyRelay.start(); SerialLines host = new SerialLines(); SerialLines remote = new SerialLines()) {
            AtomicLong received = new AtomicLong();
            CountDownLatch all = new CountDownLatch(1);
            new ComServerTransport(host).bind(new ComSpec(Role.SERVER, relay.pathA(), 115200, 1, Optional.empty(), false),
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
                    new ComSpec(Role.CLIENT, relay.pathB(), 115200, 1, Optional.empty(), false),
                    new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel ch) {
                        }
                    });
            long start = System.nanoTime();
            client.writeAndFlush(Unpooled.wrappedBuffer(data));
            assertThat(all.await(60, TimeUnit.SECONDS)).isTrue();
            double seconds = (System.nanoTime() - start) / 1e9;
            LineCounters line = remote.counters(relay.pathB()).orElseThrow();
            System.out.printf("com transport: %d payload bytes, %d bytes written by the sender (%.3f), %d retransmitted frames%n",
                    data.length, line.bytesWritten(), (double) data.length / line.bytesWritten(), line.retransmitted());
            return data.length / seconds;
        }
    }
}
