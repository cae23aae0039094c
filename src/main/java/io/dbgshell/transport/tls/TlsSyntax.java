package io.dbgshell.transport.tls;

import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.transport.spec.Param;
import io.dbgshell.transport.spec.ParamList;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.ProtocolSyntax;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.spec.TransportSyntaxException;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** The grammar of a TLS protocol: {@link TlsIdentity}'s keys on top of its carrier's endpoint. */
final class TlsSyntax<C extends TransportSpec> implements ProtocolSyntax<TlsSpec<C>> {
    private final ProtocolSyntax<C> carrier;

    /** @param carrier the carrier's endpoint grammar, already named after the TLS protocol */
    TlsSyntax(ProtocolSyntax<C> carrier) {
        this.carrier = carrier;
    }

    @Override
    public Protocol protocol() {
        return carrier.protocol();
    }

    @Override
    public Set<Param> keys(Role role) {
        Set<Param> keys = new HashSet<>(TlsIdentity.KEYS);
        keys.addAll(carrier.keys(role));
        return keys;
    }

    @Override
    public Function<CommonParams, TlsSpec<C>> assemble(ParamList params, Role role) throws TransportSyntaxException {
        TlsIdentity tls = TlsIdentity.from(params);
        Function<CommonParams, C> endpoint = carrier.assemble(params, role);
        return common -> new TlsSpec<>(protocol(), tls, endpoint.apply(common));
    }
}
