package io.dbgshell.transport.serial;

import java.util.Arrays;

/**
 * Consistent-overhead byte stuffing: removes every zero byte from a block (at most one extra byte
 * per 254), so a zero can end each frame on the wire and a receiver finds the next frame boundary
 * after any damage without knowing a length.
 */
final class Cobs {
    private static final int MAX_RUN = 0xFF;

    private Cobs() {
    }

    static int maxEncodedLength(int length) {
        return length + length / (MAX_RUN - 1) + 1;
    }

    /** Encodes {@code in} and appends the terminating zero. */
    static byte[] encode(byte[] in) {
        byte[] out = new byte[maxEncodedLength(in.length) + 1];
        int codeAt = 0;
        int o = 1;
        int code = 1;
        for (byte b : in) {
            if (b == 0) {
                out[codeAt] = (byte) code;
                codeAt = o++;
                code = 1;
            } else {
                out[o++] = b;
                code++;
                if (code == MAX_RUN) {
                    out[codeAt] = (byte) code;
                    codeAt = o++;
                    code = 1;
                }
            }
        }
        out[codeAt] = (byte) code;
        out[o++] = 0;
        return Arrays.copyOf(out, o);
    }

    /** Decodes one block (without its terminating zero); null if it is not valid stuffing. */
    static byte[] decode(byte[] in, int length) {
        byte[] out = new byte[length];
        int i = 0;
        int o = 0;
        while (i < length) {
            int code = in[i++] & 0xFF;
            if (code == 0 || i + code - 1 > length) {
                return null;
            }
            for (int k = 1; k < code; k++) {
                out[o++] = in[i++];
            }
            if (code < MAX_RUN && i < length) {
                out[o++] = 0;
            }
        }
        return Arrays.copyOf(out, o);
    }
}
