package io.dbgshell.reliability;

import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.FrameCodec;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.protocol.RefusalReason;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import java.util.ArrayList;
import java.util.List;

/** The fuzz corpus of the wire protocol: one well-formed encoding of every frame type, and a whole handshake. */
final class FrameSeeds {
    private FrameSeeds() {
    }

    /** Harmless lines only: a joined fuzz client's input must never be a command that ends anything. */
    static List<byte[]> corpus() {
        List<Frame> frames = List.of(
                new Frame.Hello(ProtocolVersion.CURRENT, "dbgshell fuzz", new byte[32], new byte[256], true),
                new Frame.Join(ProtocolVersion.CURRENT, "FUZZBOX", "fuzzer", new byte[0], new byte[0], false),
                new Frame.Join(ProtocolVersion.CURRENT, "FUZZBOX", "fuzzer", new byte[256], new byte[32], true),
                new Frame.Accepted("FUZZBOX\\fuzzer", new byte[32], List.of(".echo", "g")),
                new Frame.Refused(RefusalReason.BAD_PASSWORD, "no"),
                new Frame.Input(".echo fuzz"),
                new Frame.Break(),
                new Frame.Output("out\n"),
                new Frame.Prompt("dbg> "),
                new Frame.Clear(),
                new Frame.End("bye"));
        List<byte[]> corpus = new ArrayList<>();
        for (Frame frame : frames) {
            corpus.add(bytes(frame));
        }
        corpus.add(concat(bytes(frames.get(1)), bytes(frames.get(5)), bytes(frames.get(6))));
        return corpus;
    }

    static byte[] bytes(Frame frame) {
        ByteBuf encoded = FrameCodec.encode(frame, ByteBufAllocator.DEFAULT);
        try {
            byte[] out = new byte[encoded.readableBytes()];
            encoded.readBytes(out);
            return out;
        } finally {
            encoded.release();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
