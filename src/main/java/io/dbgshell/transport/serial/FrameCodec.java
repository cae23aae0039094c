package io.dbgshell.transport.serial;


import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * The wire form of a frame: {@code COBS(type, channel, session, seq, payload, CRC-32) 0x00}. The CRC
 * covers everything before it. The decoder is fed raw bytes from the line, splits them at zero
 * bytes, and hands on only frames whose stuffing, size, type and CRC are all good; everything else
 * is dropped and counted, and decoding resumes at the next zero.
 */
final class FrameCodec {
    static final int HEADER = 4;
    static final int CRC = 4;
    /** Largest DATA payload per frame in bytes: a peer's decoder refuses a larger one, so both ends keep to this. */
    static final int MAX_PAYLOAD = 256;

    private FrameCodec() {
    }

    static byte[] encode(Frame f) {
        ByteBuffer body = ByteBuffer.allocate(HEADER + f.payload().length + CRC);
        body.put((byte) f.type().code).put((byte) f.channel()).put((byte) f.session()).put((byte) f.seq());
        body.put(f.payload());
        body.putInt((int) crc(body.array(), body.position()));
        return Cobs.encode(body.array());
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    /** Reassembles frames from the byte stream of one line; used by that line's reader thread only. */
    static final class Decoder {
        private final byte[] block;
        private final Consumer<Frame> sink;
        private final Runnable dropped;
        private int length;
        private boolean overflow;

        Decoder(int maxPayload, Consumer<Frame> sink, Runnable dropped) {
            this.block = new byte[Cobs.maxEncodedLength(HEADER + maxPayload + CRC)];
            this.sink = sink;
            this.dropped = dropped;
        }

        void feed(byte[] bytes, int count) {
            for (int i = 0; i < count; i++) {
                byte b = bytes[i];
                if (b == 0) {
                    endOfBlock();
                } else if (length < block.length) {
                    block[length++] = b;
                } else {
                    overflow = true;
                }
            }
        }

        private void endOfBlock() {
            if (overflow) {
                dropped.run();
            } else if (length > 0) {
                Frame f = parse(Cobs.decode(block, length));
                if (f == null) {
                    dropped.run();
                } else {
                    sink.accept(f);
                }
            }
            length = 0;
            overflow = false;
        }

        private static Frame parse(byte[] body) {
            if (body == null || body.length < HEADER + CRC) {
                return null;
            }
            int crcAt = body.length - CRC;
            if ((int) crc(body, crcAt) != ByteBuffer.wrap(body, crcAt, CRC).getInt()) {
                return null;
            }
            FrameType type = FrameType.of(body[0] & 0xFF);
            int channel = body[1] & 0xFF;
            if (type == null || channel > ComSpec.MAX_CHANNEL) {
                return null;
            }
            return new Frame(type, channel, body[2] & 0xFF, body[3] & 0xFF, Arrays.copyOfRange(body, HEADER, crcAt));
        }
    }
}
