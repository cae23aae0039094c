package io.dbgshell.protocol;

/** The type byte that follows a frame's length; values are part of the wire format and never reused. */
public enum FrameType {
    HELLO(1), JOIN(2), ACCEPTED(3), REFUSED(4), INPUT(5), BREAK(6), OUTPUT(7), PROMPT(8), CLEAR(9), END(10);

    private static final FrameType[] BY_CODE = new FrameType[16];

    static {
        for (FrameType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;

    FrameType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type for a wire code, or null for a code no frame has. */
    public static FrameType ofCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
