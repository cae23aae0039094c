package io.dbgshell.protocol;

/**
 * One message of the dbgshell wire protocol (docs/protocol.md). The host sends {@link Hello},
 * {@link Accepted}/{@link Refused}, {@link Output}, {@link Prompt}, {@link Clear} and {@link End};
 * the client sends {@link Join}, {@link Input} and {@link Break}.
 */
public sealed interface Frame {

    FrameType type();

    /** Host to client, first: who is speaking and the challenge for the password proof. */
    record Hello(int protocolVersion, String banner, byte[] challenge, boolean passwordRequired) implements Frame {
        public FrameType type() {
            return FrameType.HELLO;
        }
    }

    /**
     * Client to host, answering {@link Hello}: the client's identity, its password proof (empty
     * without one), and whether the host should echo the client's own commands back to it (a client
     * reading a pipe has no terminal echo, and wants each command shown in order with its output).
     */
    record Join(int protocolVersion, String machine, String user, byte[] proof, boolean echoOwnInput) implements Frame {
        public FrameType type() {
            return FrameType.JOIN;
        }
    }

    /** Host to client: joined; {@code identity} is how the session names this client. */
    record Accepted(String identity) implements Frame {
        public FrameType type() {
            return FrameType.ACCEPTED;
        }
    }

    /** Host to client: not joined, and why; the connection closes after it. */
    record Refused(RefusalReason reason, String message) implements Frame {
        public FrameType type() {
            return FrameType.REFUSED;
        }
    }

    /** Client to host: one line typed by the client. */
    record Input(String line) implements Frame {
        public FrameType type() {
            return FrameType.INPUT;
        }
    }

    /** Client to host: a break-in request that must not wait behind the running command. */
    record Break() implements Frame {
        public FrameType type() {
            return FrameType.BREAK;
        }
    }

    /** Host to client: session output, whole lines each ending with a line feed. */
    record Output(String text) implements Frame {
        public FrameType type() {
            return FrameType.OUTPUT;
        }
    }

    /** Host to client: the prompt to show from now on. */
    record Prompt(String text) implements Frame {
        public FrameType type() {
            return FrameType.PROMPT;
        }
    }

    /** Host to client: clear the screen ({@code .cls} typed by this client). */
    record Clear() implements Frame {
        public FrameType type() {
            return FrameType.CLEAR;
        }
    }

    /** Host to client: the client's part in the session is over (it left, or the session ended). */
    record End(String message) implements Frame {
        public FrameType type() {
            return FrameType.END;
        }
    }
}
