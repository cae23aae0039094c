package io.dbgshell.reliability;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded mutation generator in the manner of coverage-less fuzzers: each input is a seed from
 * the corpus (or two spliced) with a few random edits: bit flips, random bytes, inserted or
 * deleted runs, repeated runs, and "interesting" 32-bit values (0, -1, extremes, sizes near the
 * remaining length) written over length fields. The same seed always gives the same inputs.
 */
final class Mutator {
    /** Inputs seen per run: {@code -Ddbgshell.fuzz.inputs=N} raises the in-suite count for long runs by hand. */
    static final String INPUTS_PROPERTY = "dbgshell.fuzz.inputs";
    private static final int MAX_EDITS = 4;
    private static final int MAX_RUN = 16;
    private static final int[] INTERESTING = {0, 1, -1, 2, 4, 5, 127, 128, 255, 256, 0x7fff, 0xffff,
            1 << 20, (1 << 20) + 1, Integer.MAX_VALUE, Integer.MIN_VALUE};

    private final Random random;
    private final List<byte[]> corpus;

    Mutator(long seed, List<byte[]> corpus) {
        this.random = new Random(seed);
        this.corpus = List.copyOf(corpus);
    }

    /** The number of inputs a test runs: its in-suite default, or the system property's value. */
    static int inputs(int inSuite) {
        return Integer.getInteger(INPUTS_PROPERTY, inSuite);
    }

    Random random() {
        return random;
    }

    byte[] next() {
        byte[] input = pick();
        if (random.nextInt(8) == 0) {
            input = splice(input, pick());
        }
        int edits = random.nextInt(MAX_EDITS + 1);
        for (int i = 0; i < edits; i++) {
            input = edit(input);
        }
        return input;
    }

    private byte[] pick() {
        return corpus.get(random.nextInt(corpus.size()));
    }

    private byte[] splice(byte[] first, byte[] second) {
        int cut = random.nextInt(first.length + 1);
        int from = random.nextInt(second.length + 1);
        byte[] out = Arrays.copyOf(first, cut + second.length - from);
        System.arraycopy(second, from, out, cut, second.length - from);
        return out;
    }

    private byte[] edit(byte[] in) {
        int at = random.nextInt(in.length + 1);
        switch (random.nextInt(6)) {
            case 0 -> {
                if (at < in.length) {
                    byte[] out = in.clone();
                    out[at] ^= (byte) (1 << random.nextInt(8));
                    return out;
                }
                return in;
            }
            case 1 -> {
                if (at < in.length) {
                    byte[] out = in.clone();
                    out[at] = (byte) random.nextInt(256);
                    return out;
                }
                return in;
            }
            case 2 -> {
                byte[] run = new byte[1 + random.nextInt(MAX_RUN)];
                random.nextBytes(run);
                return insert(in, at, run);
            }
            case 3 -> {
                int length = Math.min(in.length - at, 1 + random.nextInt(MAX_RUN));
                byte[] out = new byte[in.length - length];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + length, out, at, in.length - at - length);
                return out;
            }
            case 4 -> {
                int length = Math.min(in.length - at, 1 + random.nextInt(MAX_RUN));
                return insert(in, at, Arrays.copyOfRange(in, at, at + length));
            }
            default -> {
                if (in.length < 4) {
                    return in;
                }
                int offset = random.nextInt(in.length - 3);
                int remaining = in.length - offset - 4;
                int value = random.nextBoolean()
                        ? INTERESTING[random.nextInt(INTERESTING.length)]
                        : remaining + random.nextInt(3) - 1;
                byte[] out = in.clone();
                ByteBuffer.wrap(out).putInt(offset, value);
                return out;
            }
        }
    }

    private static byte[] insert(byte[] in, int at, byte[] run) {
        byte[] out = new byte[in.length + run.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(run, 0, out, at, run.length);
        System.arraycopy(in, at, out, at + run.length, in.length - at);
        return out;
    }
}
