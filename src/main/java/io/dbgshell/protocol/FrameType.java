package io.dbgshell.protocol;

import java.util.HashMap;
import java.util.Map;

/**
 * The type byte that follows a frame's length, and the {@link Frame} record each one carries;
 * values are part of the wire format and never reused.
 */
public enum FrameType {
    HELLO(1, Frame.Hello.class),
    JOIN(2, Frame.Join.class),
    ACCEPTED(3, Frame.Accepted.class),
    REFUSED(4, Frame.Refused.class),
    INPUT(5, Frame.Input.class),
    BREAK(6, Frame.Break.class),
    OUTPUT(7, Frame.Output.class),
    PROMPT(8, Frame.Prompt.class),
    CLEAR(9, Frame.Clear.class),
    END(10, Frame.End.class);

    private static final FrameType[] BY_CODE = new FrameType[16];
    private static final Map<Class<? extends Frame>, FrameType> BY_RECORD = new HashMap<>();

    static {
        for (FrameType type : values()) {
            BY_CODE[type.code] = type;
            BY_RECORD.put(type.frameClass, type);
        }
    }

    private final int code;
    private final Class<? extends Frame> frameClass;

    FrameType(int code, Class<? extends Frame> frameClass) {
        this.code = code;
        this.frameClass = frameClass;
    }

    public int code() {
        return code;
    }

    /** The type for a wire code, or null for a code no frame has. */
    public static FrameType ofCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** The type of {@code frame}; every record of the sealed {@link Frame} has its row above. */
    static FrameType of(Frame frame) {
        return BY_RECORD.get(frame.getClass());
    }
}
