package io.dbgshell.transport.standard;

import io.dbgshell.security.Password;
import io.dbgshell.security.cert.CertRef;
import io.dbgshell.security.tls.TlsProto;
import io.dbgshell.transport.pipe.NpipeSpec;
import io.dbgshell.transport.serial.ComSpec;
import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.transport.spec.ServerAccess;
import io.dbgshell.transport.spec.PortRange;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.tls.Tls;
import io.dbgshell.transport.tls.TlsIdentity;
import io.dbgshell.transport.tls.TlsSpec;

import java.util.Optional;

/** Expected specs, written flat the way a transport string reads: its keys, then the password and {@code hidden}. */
final class Specs {
    private Specs() {
    }

    static NpipeSpec npipe(Role role, String pipe, Optional<String> server, Optional<Password> password, boolean hidden,
                           boolean icfEnable) {
        return new NpipeSpec(role, pipe, server, icfEnable, new CommonParams(password, hidden, ServerAccess.DEFAULT));
    }

    static TcpSpec tcp(Role role, PortRange port, Optional<String> server, Optional<String> clicon,
                       Optional<Password> password, boolean hidden, boolean ipv6, boolean icfEnable) {
        return new TcpSpec(role, port, server, clicon, ipv6, icfEnable, new CommonParams(password, hidden, ServerAccess.DEFAULT));
    }

    static ComSpec com(Role role, String port, int baud, int channel, Optional<Password> password, boolean hidden) {
        return new ComSpec(role, port, baud, channel, new CommonParams(password, hidden, ServerAccess.DEFAULT));
    }

    static TlsSpec<TcpSpec> ssl(Role role, TlsProto proto, CertRef cert, PortRange port, Optional<String> server,
                                Optional<String> clicon, Optional<Password> password, boolean hidden) {
        return new TlsSpec<>(Tls.SSL.protocol(), new TlsIdentity(proto, cert),
                tcp(role, port, server, clicon, password, hidden, false, false));
    }

    static TlsSpec<NpipeSpec> spipe(Role role, TlsProto proto, CertRef cert, String pipe, Optional<String> server,
                                    Optional<Password> password, boolean hidden) {
        return new TlsSpec<>(Tls.SPIPE.protocol(), new TlsIdentity(proto, cert),
                npipe(role, pipe, server, password, hidden, false));
    }
}
