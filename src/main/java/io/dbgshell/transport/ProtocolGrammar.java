package io.dbgshell.transport;

import java.util.EnumSet;
import java.util.Set;

import static io.dbgshell.transport.Param.BAUD;
import static io.dbgshell.transport.Param.CERTUSER;
import static io.dbgshell.transport.Param.CHANNEL;
import static io.dbgshell.transport.Param.CLICON;
import static io.dbgshell.transport.Param.HIDDEN;
import static io.dbgshell.transport.Param.ICFENABLE;
import static io.dbgshell.transport.Param.IPVERSION;
import static io.dbgshell.transport.Param.MACHUSER;
import static io.dbgshell.transport.Param.PASSWORD;
import static io.dbgshell.transport.Param.PIPE;
import static io.dbgshell.transport.Param.PORT;
import static io.dbgshell.transport.Param.PROTO;
import static io.dbgshell.transport.Param.SERVER;

/**
 * Which keys each protocol accepts on each side (SPEC.md §2). Only membership lives here; which
 * keys are required and which combinations are refused is decided while the spec is assembled.
 */
final class ProtocolGrammar {

    private ProtocolGrammar() {
    }

    /** The keys {@code protocol} accepts for {@code role}. */
    static Set<Param> allowed(Protocol protocol, Role role) {
        boolean server = role == Role.SERVER;
        Set<Param> keys = switch (protocol) {
            case NPIPE -> server ? EnumSet.of(PIPE, HIDDEN, PASSWORD, ICFENABLE)
                    : EnumSet.of(PIPE, SERVER, PASSWORD);
            case TCP -> server ? EnumSet.of(PORT, CLICON, HIDDEN, PASSWORD, IPVERSION, ICFENABLE)
                    : EnumSet.of(PORT, SERVER, CLICON, PASSWORD, IPVERSION);
            case COM -> server ? EnumSet.of(PORT, BAUD, CHANNEL, HIDDEN, PASSWORD)
                    : EnumSet.of(PORT, BAUD, CHANNEL, PASSWORD);
            case SPIPE -> server ? EnumSet.of(PROTO, CERTUSER, MACHUSER, PIPE, HIDDEN, PASSWORD)
                    : EnumSet.of(PROTO, CERTUSER, MACHUSER, PIPE, SERVER, PASSWORD);
            case SSL -> server ? EnumSet.of(PROTO, CERTUSER, MACHUSER, PORT, CLICON, HIDDEN, PASSWORD)
                    : EnumSet.of(PROTO, CERTUSER, MACHUSER, PORT, SERVER, CLICON, PASSWORD);
        };
        if (server) {
            keys.addAll(ServerAccess.KEYS); // who joins as what is the session's business, the same on every protocol
        }
        return keys;
    }

    /** Whether {@code protocol} accepts {@code param} on either side. */
    static boolean belongs(Protocol protocol, Param param) {
        return allowed(protocol, Role.SERVER).contains(param) || allowed(protocol, Role.CLIENT).contains(param);
    }
}
