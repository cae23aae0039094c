package io.dbgshell.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameCodecTest {
    private static final List<Frame> EVERY_KIND = List.of(
            new Frame.Hello(ProtocolVersion.CURRENT, "dbgshell 1.0 (protocol 3)", new byte[]{1, 2, 3}, new byte[]{4, 5}, true),
            new Frame.Join(ProtocolVersion.CURRENT, "BOX", "user", new byte[]{9, 8}, new byte[]{7}, true),
            new Frame.Accepted("BOX\\user (tcp 127.0.0.1:1)", new byte[]{6, 5, 4}, List.of(".break", "$$>a<", "bp")),
            new Frame.Accepted("BOX\\user (tcp 127.0.0.1:2)", new byte[0], List.of()),
            new Frame.Refused(RefusalReason.BAD_PASSWORD, "Error 0x80004005: wrong"),
            new Frame.Input(".echo ünïcödé ✓"),
            new Frame.Break(),
            new Frame.Output("line one\nline two\n"),
            new Frame.Prompt("0:003> "),
            new Frame.Clear(),
            new Frame.End("bye"));

    @Test
    void everyFrameRecordHasATypeOfItsOwn() {
        assertThat(EVERY_KIND.stream().map(Frame::type).distinct()).containsExactlyInAnyOrder(FrameType.values());
        assertThat(Frame.class.getPermittedSubclasses()).hasSameSizeAs(FrameType.values());
    }

    @Test
    void everyFrameSurvivesTheRoundTripThroughThePipeline() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(1 << 16), FrameEncoder.INSTANCE);
        for (Frame frame : EVERY_KIND) {
            assertThat(channel.writeOutbound(frame)).isTrue();
            ByteBuf wire = channel.readOutbound();
            channel.writeInbound(wire);
            Frame back = channel.readInbound();
            assertThat(back).usingRecursiveComparison().isEqualTo(frame);
        }
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void framesSplitAtEveryByteBoundaryStillDecode() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(1 << 16));
        ByteBuf all = Unpooled.buffer();
        EVERY_KIND.forEach(f -> all.writeBytes(FrameCodec.encode(f, ByteBufAllocator.DEFAULT)));
        while (all.isReadable()) {
            channel.writeInbound(all.readRetainedSlice(1));
        }
        all.release();
        for (Frame frame : EVERY_KIND) {
            assertThat((Frame) channel.readInbound()).usingRecursiveComparison().isEqualTo(frame);
        }
    }

    /** A version-1 greeting or join: int32 version, strings, one bytes field, bool, as version 1 wrote them. */
    private static ByteBuf versionOne(FrameType type, String... strings) {
        ByteBuf body = Unpooled.buffer().writeByte(type.code()).writeInt(1);
        for (String text : strings) {
            byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            body.writeInt(utf8.length).writeBytes(utf8);
        }
        return body.writeInt(32).writeBytes(new byte[32]).writeBoolean(true);
    }

    @Test
    void anotherVersionsGreetingAndJoinStillDecodeSoTheMismatchCanBeTold() {
        Frame.Hello hello = (Frame.Hello) FrameCodec.decode(versionOne(FrameType.HELLO, "dbgshell 0.1.0 (protocol 1)"));
        assertThat(hello.protocolVersion()).isEqualTo(1);
        assertThat(hello.banner()).isEqualTo("dbgshell 0.1.0 (protocol 1)");
        assertThat(hello.salt()).isEmpty();
        assertThat(hello.hostKey()).isEmpty();

        Frame.Join join = (Frame.Join) FrameCodec.decode(versionOne(FrameType.JOIN, "OLDBOX", "olduser"));
        assertThat(join.protocolVersion()).isEqualTo(1);
        assertThat(join.user()).isEqualTo("olduser");
    }

    @Test
    void thisVersionsGreetingReadsAsAVersionOneLayout() {
        ByteBuf wire = FrameCodec.encode(new Frame.Hello(ProtocolVersion.CURRENT, "b", new byte[32], new byte[256], true),
                ByteBufAllocator.DEFAULT);
        wire.skipBytes(FrameCodec.LENGTH_BYTES + 1);
        assertThat(wire.readInt()).isEqualTo(ProtocolVersion.CURRENT);
        wire.skipBytes(wire.readInt());
        wire.skipBytes(wire.readInt());
        assertThat(wire.readBoolean()).isTrue();
        assertThat(wire.isReadable()).as("nothing after the version-1 fields").isFalse();
        wire.release();
    }

    @Test
    void aLengthOverTheBoundIsRefusedBeforeAnythingIsBuffered() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(1024));
        ByteBuf huge = Unpooled.buffer().writeInt(1025).writeByte(FrameType.OUTPUT.code());
        assertThatThrownBy(() -> channel.writeInbound(huge)).isInstanceOf(DecoderException.class)
                .hasMessageContaining("exceeds");
    }

    @Test
    void malformedBodiesAreCorruptedFrames() {
        assertThatThrownBy(() -> FrameCodec.decode(Unpooled.buffer())).isInstanceOf(CorruptedFrameException.class);
        assertThatThrownBy(() -> FrameCodec.decode(Unpooled.wrappedBuffer(new byte[]{42})))
                .hasMessageContaining("unknown frame type 42");
        assertThatThrownBy(() -> FrameCodec.decode(Unpooled.wrappedBuffer(new byte[]{7, 0, 0, 0, 5, 'a'})))
                .hasMessageContaining("exceeds the frame");
        assertThatThrownBy(() -> FrameCodec.decode(Unpooled.wrappedBuffer(new byte[]{6, 0})))
                .hasMessageContaining("stray bytes");
        assertThatThrownBy(() -> FrameCodec.decode(Unpooled.wrappedBuffer(new byte[]{7, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff})))
                .isInstanceOf(CorruptedFrameException.class);
    }

    @Test
    void randomBodiesOnlyEverFailAsCorruptedFrames() {
        Random random = new Random(20261121);
        for (int i = 0; i < 50_000; i++) {
            byte[] body = new byte[random.nextInt(40)];
            random.nextBytes(body);
            if (body.length > 0 && random.nextBoolean()) {
                body[0] = (byte) (1 + random.nextInt(10));
            }
            try {
                FrameCodec.decode(Unpooled.wrappedBuffer(body));
            } catch (CorruptedFrameException expected) {
                // the only acceptable failure
            }
        }
    }
}
