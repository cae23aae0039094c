package io.dbgshell.protocol;

import java.util.List;

/**
 * One message of the dbgshell wire protocol (docs/protocol.md). The host sends {@link Hello},
 * {@link Accepted}/{@link Refused}, {@link Output}, {@link Prompt}, {@link Clear} and {@link End};
 * the client sends {@link Join}, {@link Input} and {@link Break}.
 */
public sealed interface Frame {

    /** This frame's type byte: {@link FrameType} pairs each type with its record, so no record repeats it. */
    default FrameType type() {
        return FrameType.of(this);
    }

    /**
     * Host to client, first: who is speaking and, with a password, the host's half of the key
     * exchange (salt and public key, both empty without a password, or in another version's greeting).
     */
    record Hello(int protocolVersion, String banner, byte[] salt, byte[] hostKey, boolean passwordRequired)
            implements Frame {
    }

    /**
     * Client to host, answering {@link Hello}: the client's identity, its half of the key exchange
     * (public key and proof, both empty without a password), and whether the host should echo the
     * client's own commands back to it (a client reading a pipe has no terminal echo, and wants each
     * command shown in order with its output).
     */
    record Join(int protocolVersion, String machine, String user, byte[] clientKey, byte[] clientProof,
                boolean echoOwnInput) implements Frame {
    }

    /**
     * Host to client: joined; {@code identity} is how the session names this client,
     * {@code hostProof} shows the host knows the password (empty without one), and {@code commands}
     * are the names of the commands the host runs, which the client completes at its prompt.
     */
    record Accepted(String identity, byte[] hostProof, List<String> commands) implements Frame {
    }

    /** Host to client: not joined, and why; the connection closes after it. */
    record Refused(RefusalReason reason, String message) implements Frame {
    }

    /** Client to host: one line typed by the client. */
    record Input(String line) implements Frame {
    }

    /** Client to host: a break-in request that must not wait behind the running command. */
    record Break() implements Frame {
    }

    /** Host to client: session output, whole lines each ending with a line feed. */
    record Output(String text) implements Frame {
    }

    /** Host to client: the prompt to show from now on. */
    record Prompt(String text) implements Frame {
    }

    /** Host to client: clear the screen ({@code .cls} typed by this client). */
    record Clear() implements Frame {
    }

    /** Host to client: the client's part in the session is over (it left, or the session ended). */
    record End(String message) implements Frame {
    }
}
