package io.dbgshell.transport.tcp;

import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.transport.spec.Param;
import io.dbgshell.transport.spec.ParamList;
import io.dbgshell.transport.spec.ParamValues;
import io.dbgshell.transport.spec.PortRange;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.ProtocolSyntax;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSyntaxErrors;
import io.dbgshell.transport.spec.TransportSyntaxException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The grammar of tcp strings, and of the endpoint ssl carries: the port, server and clicon rules
 * they share. A client names exactly one of {@code server=} (then an exact port: it connects
 * there) and {@code clicon=} (then a port or a range to wait on). A server with {@code clicon=}
 * dials out, so it needs an exact port and takes neither {@code hidden} nor {@code IcfEnable}. Only a
 * listening server may give {@code port=0} (the system picks a free port).
 */
public final class TcpSyntax implements ProtocolSyntax<TcpSpec> {
    public static final Param CLICON = new Param("clicon", Param.Kind.HOST);
    public static final Param IPVERSION = new Param("ipversion", Param.Kind.VALUE);
    /** The only {@code ipversion=} value there is: IPv4 is the default and has no switch. */
    private static final String IPV6 = "6";
    /** Flags that only make sense for a listening, discoverable server. */
    private static final List<Param> LISTENER_FLAGS = List.of(Param.HIDDEN, Param.ICFENABLE);

    private final Set<Param> serverKeys;
    private final Set<Param> clientKeys;
    private final Protocol protocol;

    private TcpSyntax(Protocol protocol, Set<Param> serverKeys, Set<Param> clientKeys) {
        this.protocol = protocol;
        this.serverKeys = serverKeys;
        this.clientKeys = clientKeys;
    }

    /** tcp itself. */
    static TcpSyntax tcp() {
        return new TcpSyntax(TcpSpec.PROTOCOL, Set.of(Param.PORT, CLICON, IPVERSION, Param.ICFENABLE),
                Set.of(Param.PORT, Param.SERVER, CLICON, IPVERSION));
    }

    /** The endpoint another protocol carries over tcp (ssl): the port, server and clicon only. */
    public static TcpSyntax endpointOf(Protocol carrying) {
        return new TcpSyntax(carrying, Set.of(Param.PORT, CLICON), Set.of(Param.PORT, Param.SERVER, CLICON));
    }

    @Override
    public Protocol protocol() {
        return protocol;
    }

    @Override
    public Set<Param> keys(Role role) {
        return role == Role.SERVER ? serverKeys : clientKeys;
    }

    @Override
    public Function<CommonParams, TcpSpec> assemble(ParamList params, Role role) throws TransportSyntaxException {
        PortRange port = params.required(Param.PORT, ParamValues::portRange);
        Optional<String> server = params.value(Param.SERVER);
        Optional<String> clicon = params.value(CLICON);
        if (server.isPresent() && clicon.isPresent()) {
            throw TransportSyntaxErrors.notCombined(params.typedKey(Param.SERVER), params.typedKey(CLICON));
        }
        if (role == Role.CLIENT && server.isEmpty() && clicon.isEmpty()) {
            throw TransportSyntaxErrors.missingEither("a " + params.protocol().label() + " client", Param.SERVER, CLICON);
        }
        if (port.isAny() && (role == Role.CLIENT || clicon.isPresent())) {
            // only a listener can let the system pick: the other side of a dial must know the port
            throw TransportSyntaxErrors.anyPortNeedsListener(params.typedKey(clicon.isPresent() ? CLICON : Param.SERVER));
        }
        Param exactPortPartner = role == Role.CLIENT ? Param.SERVER : CLICON;
        if (port.isRange() && params.has(exactPortPartner)) {
            throw TransportSyntaxErrors.singlePortNeeded(params.value(Param.PORT).orElseThrow(),
                    params.typedKey(exactPortPartner));
        }
        if (clicon.isPresent()) {
            for (Param flag : LISTENER_FLAGS) {
                if (params.has(flag)) {
                    throw TransportSyntaxErrors.notCombined(params.typedKey(flag), params.typedKey(CLICON));
                }
            }
        }
        boolean ipv6 = params.optional(IPVERSION, TcpSyntax::ipv6).orElse(false);
        boolean icfEnable = params.has(Param.ICFENABLE);
        return common -> new TcpSpec(role, port, server, clicon, ipv6, icfEnable, common);
    }

    /** {@code ipversion=6} is the only accepted form, so the result is always true. */
    private static boolean ipv6(String value) throws TransportSyntaxException {
        if (!value.equals(IPV6)) {
            throw TransportSyntaxErrors.badIpVersion(value);
        }
        return true;
    }
}
