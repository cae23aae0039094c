package io.dbgshell.transport.serial;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What framing costs: bytes on the wire per payload byte (goodput is measured by bench SerialBench). */
class FramingOverheadTest {
    /** A typical line of debugger output: 80 columns and a newline. */
    private static final byte[] LINE = ("  0x00007ff6a1b2c3d4  mov     rax, qword ptr [rbp+0x18]        ; frame #3 main.c:42\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void framingOverheadForTypicalOutput() {
        int ack = FrameCodec.encode(new Frame(FrameType.ACK, 3, 7, 1, Frame.EMPTY)).length;
        int perLine = FrameCodec.encode(new Frame(FrameType.DATA, 3, 7, 1, LINE)).length;
        byte[] packed = new byte[FrameCodec.MAX_PAYLOAD];
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
}
