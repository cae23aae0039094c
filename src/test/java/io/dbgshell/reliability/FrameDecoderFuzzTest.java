package io.dbgshell.reliability;

import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.FrameDecoder;
import io.dbgshell.protocol.ProtocolSettings;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated frames, split at random points as a network would, into the host's frame decoder: it
 * yields frames or fails with a corrupted-frame or too-long-frame error, nothing else (a length past
 * the bound is refused before anything is buffered for it). {@code -Ddbgshell.fuzz.inputs=1000000}
 * for the long run.
 */
class FrameDecoderFuzzTest {
    private static final long SEED = 0xf2a3e5L;
    private static final int IN_SUITE = 50_000;

    @Test
    void decodesOrRefusesEveryMutatedInputWithAProtocolErrorOnly() {
        Mutator mutator = new Mutator(SEED, FrameSeeds.corpus());
        Random random = mutator.random();
        int inputs = Mutator.inputs(IN_SUITE);
        int decoded = 0;
        int refused = 0;
        long start = System.nanoTime();
        for (int i = 0; i < inputs; i++) {
            byte[] input = mutator.next();
            EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(ProtocolSettings.MAX_FRAME_BYTES.defaultValue()));
            try {
                int cut = input.length == 0 ? 0 : random.nextInt(input.length + 1);
                channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOf(input, cut)));
                channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(input, cut, input.length)));
                for (Object frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
                    assertThat(frame).isInstanceOf(Frame.class);
                    decoded++;
                }
            } catch (DecoderException e) {
                if (!(e instanceof CorruptedFrameException || e instanceof TooLongFrameException)) {
                    throw new AssertionError("input " + Arrays.toString(input) + " failed with " + e, e);
                }
                refused++;
            } finally {
                // removing the decoder frees what it accumulated, as closing a real connection does
                channel.pipeline().removeFirst();
                channel.finishAndReleaseAll();
            }
        }
        System.out.printf("frame decoder: %d inputs in %d ms, %d frames decoded, %d inputs refused%n",
                inputs, (System.nanoTime() - start) / 1_000_000, decoded, refused);
        assertThat(decoded).as("frames that decoded, so the success paths ran too").isPositive();
        assertThat(refused).as("inputs refused, so the error paths ran too").isPositive();
    }
}
