package io.dbgshell.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Output of any size leaves the host as frames a peer with the default frame limit accepts. */
class OutputFramesTest {
    @Test
    void outputOverTheFrameLimitBecomesFramesAPeerAccepts() {
        String line = "漢".repeat(1000) + "\n"; // 3,001 bytes
        String text = line.repeat(1200) + "tail\n"; // 3.4 MiB

        List<String> frames = decode(FrameCodec.encodeOutput(text, ByteBufAllocator.DEFAULT));

        assertThat(frames).hasSizeGreaterThan(3);
        assertThat(String.join("", frames)).isEqualTo(text);
        assertThat(frames).allMatch(frame -> frame.endsWith("\n"), "every frame ends at a line end");
    }

    @Test
    void aSingleLineLongerThanAFrameIsSplitBetweenCharacters() {
        String text = "€".repeat(12) + "\n"; // 3 bytes each: a 10-byte frame never ends at a line end

        List<String> frames = decode(FrameCodec.encodeOutput(text, 10, ByteBufAllocator.DEFAULT));

        assertThat(frames).containsExactly("€€€", "€€€", "€€€", "€€€\n");
    }

    @Test
    void emptyOutputIsOneEmptyFrame() {
        assertThat(decode(FrameCodec.encodeOutput("", ByteBufAllocator.DEFAULT))).containsExactly("");
    }

    /** Feeds the bytes to the client's decoder with the default limit, as the client would. */
    private static List<String> decode(ByteBuf wire) {
        EmbeddedChannel client = new EmbeddedChannel(new FrameDecoder(ProtocolSettings.MAX_FRAME_BYTES.defaultValue()));
        client.writeInbound(wire);
        List<String> texts = new ArrayList<>();
        for (Frame frame = client.readInbound(); frame != null; frame = client.readInbound()) {
            texts.add(((Frame.Output) frame).text());
        }
        assertThat(client.finish()).isFalse();
        return texts;
    }
}
