package io.dbgshell.protocol;

/** Why a host refused a client; the wire carries the code so both sides can print their own line. */
public enum RefusalReason {
    BAD_PASSWORD(1), VERSION_MISMATCH(2), SESSION_ENDING(3), NOT_ACCEPTING(4);

    private final int code;

    RefusalReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RefusalReason ofCode(int code) {
        for (RefusalReason reason : values()) {
            if (reason.code == code) {
                return reason;
            }
        }
        return NOT_ACCEPTING;
    }
}
