package io.dbgshell.transport.standard;

import io.dbgshell.transport.TransportProvider;
import io.dbgshell.transport.pipe.Npipe;
import io.dbgshell.transport.serial.Com;
import io.dbgshell.transport.spec.ProtocolSyntax;
import io.dbgshell.transport.tcp.Tcp;
import io.dbgshell.transport.tls.Tls;

import java.util.List;

/**
 * The registration list: every protocol this build has, one row each. Adding a protocol is its own
 * package and one line here. The order is the one messages list protocols in, and {@code -QR}
 * sorts by.
 */
public final class StandardProtocols {
    public static final List<TransportProvider<?>> ALL = List.of(
            Npipe.PROVIDER,
            Tcp.PROVIDER,
            Com.PROVIDER,
            Tls.SSL,
            Tls.SPIPE);

    private StandardProtocols() {
    }

    /** Every protocol's grammar, in the list's order. */
    static List<ProtocolSyntax<?>> syntaxes() {
        return ALL.stream().<ProtocolSyntax<?>>map(TransportProvider::syntax).toList();
    }

    /** Where {@code label} stands in the list; past the end for a protocol this build does not have. */
    public static int rank(String label) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).protocol().label().equals(label)) {
                return i;
            }
        }
        return ALL.size();
    }
}
