package io.dbgshell.transport.serial;

/** Whoever uses one channel of a line: a listening server or a client. Called on the line's reader thread. */
interface FrameSink {

    /** Takes a frame for this channel; false when it was not for this user (counted as unrouted). */
    boolean accept(Frame frame);

    /** The device failed; every connection on the channel ends. */
    void lineLost(String reason);
}
