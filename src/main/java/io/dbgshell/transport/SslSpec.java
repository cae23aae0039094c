package io.dbgshell.transport;

import java.util.Optional;

/** {@code ssl:}: TLS over TCP; the same port, server and clicon rules as {@link TcpSpec}. */
public record SslSpec(Role role, TlsProto proto, CertRef cert, PortRange port, Optional<String> server,
                      Optional<String> clicon, Optional<Password> password, boolean hidden)
        implements TransportSpec {

    @Override
    public Protocol protocol() {
        return Protocol.SSL;
    }

    @Override
    public boolean reverse() {
        return clicon.isPresent();
    }

    @Override
    public boolean anyPort() {
        return port.isAny();
    }

    public SslSpec boundAt(int actualPort) {
        return new SslSpec(role, proto, cert, port.boundAt(actualPort), server, clicon, password, hidden);
    }

    @Override
    public String listing() {
        return new Listing(protocol()).add("Proto", proto.label()).add(cert.store().listingKey(), cert.value())
                .add("Port", port).add("Server", server).add("Clicon", clicon).masked(password).toString();
    }

    @Override
    public String connectHint(String host) {
        Listing hint = new Listing(protocol()).add("Proto", proto.label()).add(cert.store().listingKey(), cert.value());
        if (reverse()) {
            hint.add("Clicon", host).add("Port", port.low());
        } else {
            hint.add("Port", port.low()).add("Server", host);
        }
        return hint.placeholder(password).toString();
    }
}
