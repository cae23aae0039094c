package io.dbgshell.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.CorruptedFrameException;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The byte layout of frames: a 4-byte big-endian length of what follows, a type byte, then the
 * type's fields (int32; byte; strings and byte arrays as an int32 length and the bytes, strings in
 * UTF-8). Encoding whole frames here, length included, lets the session encode an output frame
 * once and hand the same bytes to every participant.
 */
public final class FrameCodec {
    /** Size of the length prefix. */
    public static final int LENGTH_BYTES = 4;
    /** What an OUTPUT frame's body holds besides its text: the type byte and the text's length. */
    private static final int OUTPUT_OVERHEAD = 1 + 4;
    /**
     * The most UTF-8 bytes of text one OUTPUT frame carries: the frame limit every peer enforces by
     * default ({@link ProtocolSettings#MAX_FRAME_BYTES}, 1 MiB) less that overhead, so a peer never
     * refuses one. The default, not the value in force here: what counts is the peer's limit.
     */
    public static final int MAX_OUTPUT_TEXT_BYTES = ProtocolSettings.MAX_FRAME_BYTES.defaultValue() - OUTPUT_OVERHEAD;

    private FrameCodec() {
    }

    /** Encodes a whole frame, length prefix included, into a new buffer. */
    public static ByteBuf encode(Frame frame, ByteBufAllocator alloc) {
        ByteBuf out = alloc.buffer();
        encodeInto(frame, out);
        return out;
    }

    /**
     * Encodes session output as as many OUTPUT frames as it takes, back to back in one buffer, each
     * within {@link #MAX_OUTPUT_TEXT_BYTES}: a peer refuses (and drops the link over) a longer frame.
     * Frames end at line ends where they can; only a single line longer than a frame is split
     * inside, at a character boundary.
     */
    public static ByteBuf encodeOutput(String text, ByteBufAllocator alloc) {
        return encodeOutput(text, MAX_OUTPUT_TEXT_BYTES, alloc);
    }

    static ByteBuf encodeOutput(String text, int maxTextBytes, ByteBufAllocator alloc) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int frames = Math.max(1, (utf8.length + maxTextBytes - 1) / maxTextBytes);
        ByteBuf out = alloc.buffer(utf8.length + frames * (LENGTH_BYTES + OUTPUT_OVERHEAD));
        int start = 0;
        do {
            int end = frameEnd(utf8, start, maxTextBytes);
            out.writeInt(OUTPUT_OVERHEAD + end - start);
            out.writeByte(FrameType.OUTPUT.code());
            out.writeInt(end - start);
            out.writeBytes(utf8, start, end - start);
            start = end;
        } while (start < utf8.length);
        return out;
    }

    /** Where the frame of text starting at {@code start} ends: after its last whole line, else at a character boundary. */
    private static int frameEnd(byte[] utf8, int start, int maxTextBytes) {
        int limit = start + maxTextBytes;
        if (limit >= utf8.length) {
            return utf8.length;
        }
        for (int i = limit - 1; i >= start; i--) {
            if (utf8[i] == '\n') {
                return i + 1;
            }
        }
        int end = limit;
        while ((utf8[end] & 0xC0) == 0x80) {
            end--; // a continuation byte: the character started before the limit, so it goes in the next frame
        }
        return end;
    }

    static void encodeInto(Frame frame, ByteBuf out) {
        int start = out.writerIndex();
        out.writeInt(0);
        out.writeByte(frame.type().code());
        // one case per type, mirroring decode: a type added without its layout fails here, not on the wire
        switch (frame.type()) {
            case HELLO -> {
                Frame.Hello h = (Frame.Hello) frame;
                out.writeInt(h.protocolVersion());
                writeString(out, h.banner());
                writeExchange(out, h.salt(), h.hostKey());
                out.writeBoolean(h.passwordRequired());
            }
            case JOIN -> {
                Frame.Join j = (Frame.Join) frame;
                out.writeInt(j.protocolVersion());
                writeString(out, j.machine());
                writeString(out, j.user());
                writeExchange(out, j.clientKey(), j.clientProof());
                out.writeBoolean(j.echoOwnInput());
            }
            case ACCEPTED -> {
                Frame.Accepted a = (Frame.Accepted) frame;
                writeString(out, a.identity());
                writeBytes(out, a.hostProof());
                writeString(out, String.join("\n", a.commands()));
            }
            case REFUSED -> {
                Frame.Refused r = (Frame.Refused) frame;
                out.writeByte(r.reason().code());
                writeString(out, r.message());
            }
            case INPUT -> writeString(out, ((Frame.Input) frame).line());
            case OUTPUT -> writeString(out, ((Frame.Output) frame).text());
            case PROMPT -> writeString(out, ((Frame.Prompt) frame).text());
            case END -> writeString(out, ((Frame.End) frame).message());
            case BREAK, CLEAR -> {
                // no fields
            }
            default -> throw new IllegalArgumentException("no layout for " + frame.type() + " frames");
        }
        out.setInt(start, out.writerIndex() - start - LENGTH_BYTES);
    }

    /**
     * Decodes one frame body (the bytes after the length prefix). Anything that does not fit the
     * layout exactly, trailing bytes included, is a {@link CorruptedFrameException}.
     */
    public static Frame decode(ByteBuf body) {
        if (!body.isReadable()) {
            throw new CorruptedFrameException("empty frame");
        }
        int code = body.readUnsignedByte();
        FrameType type = FrameType.ofCode(code);
        if (type == null) {
            throw new CorruptedFrameException("unknown frame type " + code);
        }
        Frame frame = switch (type) {
            case HELLO -> decodeHello(body);
            case JOIN -> decodeJoin(body);
            case ACCEPTED -> new Frame.Accepted(readString(body), readBytes(body), readLines(body));
            case REFUSED -> new Frame.Refused(RefusalReason.ofCode(readByte(body)), readString(body));
            case INPUT -> new Frame.Input(readString(body));
            case BREAK -> new Frame.Break();
            case OUTPUT -> new Frame.Output(readString(body));
            case PROMPT -> new Frame.Prompt(readString(body));
            case CLEAR -> new Frame.Clear();
            case END -> new Frame.End(readString(body));
        };
        if (body.isReadable()) {
            throw new CorruptedFrameException(body.readableBytes() + " stray bytes after a " + type + " frame");
        }
        return frame;
    }

    /*
     * HELLO and JOIN keep, in every protocol version, the layout version 1 gave them: int32 version,
     * strings, one bytes field, bool. So a peer of any version can read the version and print the
     * mismatch sentence. The bytes field holds the version's key exchange: in version 2, two bytes
     * fields (salt and host key, or client key and proof), read only when the version is ours.
     */

    private static void writeExchange(ByteBuf out, byte[] first, byte[] second) {
        out.writeInt(2 * Integer.BYTES + first.length + second.length);
        writeBytes(out, first);
        writeBytes(out, second);
    }

    private static Frame.Hello decodeHello(ByteBuf body) {
        int version = readInt(body);
        String banner = readString(body);
        byte[][] exchange = readExchange(body, version);
        return new Frame.Hello(version, banner, exchange[0], exchange[1], readBoolean(body));
    }

    private static Frame.Join decodeJoin(ByteBuf body) {
        int version = readInt(body);
        String machine = readString(body);
        String user = readString(body);
        byte[][] exchange = readExchange(body, version);
        return new Frame.Join(version, machine, user, exchange[0], exchange[1], readBoolean(body));
    }

    /** The two parts of the key exchange field; both empty for another version, whose peer is only told of the mismatch. */
    private static byte[][] readExchange(ByteBuf body, int version) {
        ByteBuf field = Unpooled.wrappedBuffer(readBytes(body));
        if (version != ProtocolVersion.CURRENT) {
            return new byte[][]{new byte[0], new byte[0]};
        }
        byte[][] parts = {readBytes(field), readBytes(field)};
        if (field.isReadable()) {
            throw new CorruptedFrameException(field.readableBytes() + " stray bytes in the key exchange");
        }
        return parts;
    }

    private static void writeString(ByteBuf out, String text) {
        writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(ByteBuf out, byte[] bytes) {
        out.writeInt(bytes.length);
        out.writeBytes(bytes);
    }

    private static int readInt(ByteBuf in) {
        need(in, 4);
        return in.readInt();
    }

    private static int readByte(ByteBuf in) {
        need(in, 1);
        return in.readUnsignedByte();
    }

    private static boolean readBoolean(ByteBuf in) {
        int value = readByte(in);
        if (value > 1) {
            throw new CorruptedFrameException("bad boolean " + value);
        }
        return value == 1;
    }

    private static String readString(ByteBuf in) {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /** A string of lines, one element each; an empty string is no lines. */
    private static List<String> readLines(ByteBuf in) {
        String lines = readString(in);
        return lines.isEmpty() ? List.of() : List.of(lines.split("\n", -1));
    }

    private static byte[] readBytes(ByteBuf in) {
        int length = readInt(in);
        if (length < 0 || length > in.readableBytes()) {
            throw new CorruptedFrameException("field length " + length + " exceeds the frame");
        }
        byte[] bytes = new byte[length];
        in.readBytes(bytes);
        return bytes;
    }

    private static void need(ByteBuf in, int bytes) {
        if (in.readableBytes() < bytes) {
            throw new CorruptedFrameException("truncated frame");
        }
    }
}
