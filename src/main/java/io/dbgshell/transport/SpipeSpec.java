package io.dbgshell.transport;

import java.util.Optional;

/** {@code spipe:}: TLS over the Unix-domain socket of {@link NpipeSpec}. */
public record SpipeSpec(Role role, TlsProto proto, CertRef cert, String pipe, Optional<String> server,
                        Optional<Password> password, boolean hidden) implements TransportSpec {

    @Override
    public Protocol protocol() {
        return Protocol.SPIPE;
    }

    public SpipeSpec withPipe(String actualPipe) {
        return new SpipeSpec(role, proto, cert, actualPipe, server, password, hidden);
    }

    @Override
    public String listing() {
        return new Listing(protocol()).add("Proto", proto.label()).add(cert.store().listingKey(), cert.value())
                .add("Pipe", pipe).add("Server", server).masked(password).toString();
    }

    @Override
    public String connectHint(String host) {
        return new Listing(protocol()).add("Proto", proto.label()).add(cert.store().listingKey(), cert.value())
                .add("Pipe", pipe).add("Server", host).placeholder(password).toString();
    }
}
