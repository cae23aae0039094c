package io.dbgshell.transport.serial;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FrameCodecTest {

    @Test
    void cobsRoundTripsZerosAndLongRuns() {
        for (int length : new int[]{0, 1, 253, 254, 255, 600}) {
            byte[] in = new byte[length];
            for (int i = 0; i < length; i++) {
                in[i] = (byte) (i % 7 == 0 ? 0 : i);
            }
            byte[] all = new byte[length];
            java.util.Arrays.fill(all, (byte) 1);
            for (byte[] sample : List.of(in, all)) {
                byte[] wire = Cobs.encode(sample);
                assertThat(wire[wire.length - 1]).isZero();
                assertThat(java.util.Arrays.copyOf(wire, wire.length - 1)).doesNotContain((byte) 0);
                assertThat(Cobs.decode(wire, wire.length - 1)).isEqualTo(sample);
            }
        }
    }

    @Test
    void damagedAndTruncatedFramesAreDroppedAndTheNextGoodOneArrives() {
        List<Frame> got = new ArrayList<>();
        AtomicInteger dropped = new AtomicInteger();
        FrameCodec.Decoder decoder = new FrameCodec.Decoder(64, got::add, dropped::incrementAndGet);
        byte[] good = FrameCodec.encode(new Frame(FrameType.DATA, 3, 9, 1, "ok".getBytes()));
        byte[] damaged = good.clone();
        damaged[4] ^= 0x10;
        byte[] oversized = FrameCodec.encode(new Frame(FrameType.DATA, 3, 9, 2, new byte[200]));

        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(damaged);
        line.write(0x42);                                 // noise, then the rest of a frame cut short
        line.writeBytes(java.util.Arrays.copyOfRange(good, 3, good.length));
        line.writeBytes(oversized);
        line.writeBytes(good);
        byte[] bytes = line.toByteArray();
        decoder.feed(bytes, bytes.length);

        assertThat(dropped).hasValue(3);
        assertThat(got).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FrameType.DATA);
            assertThat(f.channel()).isEqualTo(3);
            assertThat(f.session()).isEqualTo(9);
            assertThat(new String(f.payload())).isEqualTo("ok");
        });
    }

    @Test
    void windowAcknowledgesCumulativelyAcrossTheSequenceWrap() {
        SendWindow window = new SendWindow(4);
        for (int i = 0; i < 300; i++) {
            window.offer(new byte[]{1});
            assertThat(window.release()).hasSize(1);
            assertThat(window.acknowledge((i + 1) & 0xFF)).isTrue();
        }
        window.offer(new byte[]{1});
        window.offer(new byte[]{2});
        List<SendWindow.Chunk> sent = window.release();
        assertThat(window.acknowledge(sent.get(0).seq())).as("nothing new").isFalse();
        assertThat(window.acknowledge((sent.get(1).seq() + 1) & 0xFF)).isTrue();
        assertThat(window.drained()).isTrue();
    }
}
