package io.dbgshell.session;

import io.dbgshell.protocol.FrameCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * A piece of session output on its way to participants: the text for consoles, every line already
 * cut to the session's bound ({@link OutputLines}), and the same text encoded once, on first demand, as
 * output frames for remote links (as many as the frame limit requires). Remote participants take a
 * retained duplicate; the session releases its own reference after fan-out. Used only in the
 * session executor's turn.
 */
public final class SessionOutput {
    private final String text;
    private ByteBuf encoded;

    SessionOutput(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The encoded frames with one more reference for the caller, who must release it. */
    public ByteBuf retainedFrame() {
        if (encoded == null) {
            encoded = FrameCodec.encodeOutput(text, ByteBufAllocator.DEFAULT);
        }
        return encoded.retainedDuplicate();
    }

    void release() {
        if (encoded != null) {
            encoded.release();
            encoded = null;
        }
    }
}
