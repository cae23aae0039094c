package io.dbgshell.transport.serial;

/**
 * What a serial line has seen since it was opened.
 *
 * @param framesDropped  damaged, truncated or malformed frames thrown away
 * @param framesUnrouted good frames for a channel or connection nobody here listens on
 * @param retransmitted  DATA frames sent again for want of an acknowledgement
 * @param bytesRead      bytes received from the device
 * @param bytesWritten   bytes written to the device
 */
public record LineCounters(long framesDropped, long framesUnrouted, long retransmitted, long bytesRead,
                           long bytesWritten) {
}
