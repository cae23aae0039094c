package io.dbgshell.transport;

import java.util.List;
import java.util.Optional;

/**
 * The port, server and clicon of a tcp or ssl string, with the rules they share. A client names
 * exactly one of {@code server=} (then an exact port: it connects there) and {@code clicon=}
 * (then a port or a range to wait on). A server with {@code clicon=} dials out, so it needs an
 * exact port and takes neither {@code hidden} nor {@code IcfEnable}. Only a listening server may
 * give {@code port=0} (the system picks a free port).
 */
record TcpEndpoint(PortRange port, Optional<String> server, Optional<String> clicon) {
    /** Flags that only make sense for a listening, discoverable server. */
    private static final List<Param> LISTENER_FLAGS = List.of(Param.HIDDEN, Param.ICFENABLE);

    static TcpEndpoint from(ParamList params, Role role) throws TransportSyntaxException {
        PortRange port = params.required(Param.PORT, ParamValues::portRange);
        Optional<String> server = params.value(Param.SERVER);
        Optional<String> clicon = params.value(Param.CLICON);
        if (server.isPresent() && clicon.isPresent()) {
            throw TransportSyntaxErrors.notCombined(params.typedKey(Param.SERVER), params.typedKey(Param.CLICON));
        }
        if (role == Role.CLIENT && server.isEmpty() && clicon.isEmpty()) {
            throw TransportSyntaxErrors.missingEither("a " + params.protocol().label() + " client",
                    Param.SERVER, Param.CLICON);
        }
        if (port.isAny() && (role == Role.CLIENT || clicon.isPresent())) {
            // only a listener can let the system pick: the other side of a dial must know the port
            throw TransportSyntaxErrors.anyPortNeedsListener(params.typedKey(clicon.isPresent() ? Param.CLICON : Param.SERVER));
        }
        Param exactPortPartner = role == Role.CLIENT ? Param.SERVER : Param.CLICON;
        if (port.isRange() && params.has(exactPortPartner)) {
            throw TransportSyntaxErrors.singlePortNeeded(params.value(Param.PORT).orElseThrow(),
                    params.typedKey(exactPortPartner));
        }
        if (clicon.isPresent()) {
            for (Param flag : LISTENER_FLAGS) {
                if (params.has(flag)) {
                    throw TransportSyntaxErrors.notCombined(params.typedKey(flag), params.typedKey(Param.CLICON));
                }
            }
        }
        return new TcpEndpoint(port, server, clicon);
    }
}
