package io.dbgshell.transport.serial;

/**
 * One frame of the line protocol.
 *
 * @param channel 0-254: which server and client pair on the line the frame belongs to
 * @param session the client's number for one connection, so frames of an earlier connection on
 *                the same channel are told apart
 * @param seq     DATA: its sequence number; ACK: the next expected one; otherwise 0
 */
record Frame(FrameType type, int channel, int session, int seq, byte[] payload) {
    static final byte[] EMPTY = new byte[0];

    static Frame control(FrameType type, int channel, int session) {
        return new Frame(type, channel, session, 0, EMPTY);
    }
}
