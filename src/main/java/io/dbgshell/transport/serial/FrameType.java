package io.dbgshell.transport.serial;

/** What a frame on the line means; the code is its first byte. */
enum FrameType {
    /** Client to server: "I am here" on a channel, with the client's session number. Repeated until ACCEPT. */
    OPEN(1),
    /** Server to client: the connection for that session number is up. */
    ACCEPT(2),
    /** A chunk of the byte stream, with its sequence number. */
    DATA(3),
    /** The next DATA sequence number the sender of the ACK expects. */
    ACK(4),
    /** The sender closed its end. */
    CLOSE(5),
    /** The sender is alive; sent every heartbeat interval by both ends of a connection. */
    HEARTBEAT(6);

    final int code;

    FrameType(int code) {
        this.code = code;
    }

    /** The type for a code, or null for an unknown one. */
    static FrameType of(int code) {
        for (FrameType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
