package io.dbgshell.transport;

import java.util.Optional;

/**
 * {@code tcp:}. Server: {@code port} may be a range; {@code clicon} makes it a reverse server
 * (exact port). Client: {@code server} and an exact port, or {@code clicon} (the server that will
 * dial in) and a port or range to wait on.
 */
public record TcpSpec(Role role, PortRange port, Optional<String> server, Optional<String> clicon,
                      Optional<Password> password, boolean hidden, boolean ipv6, boolean icfEnable)
        implements TransportSpec {

    @Override
    public Protocol protocol() {
        return Protocol.TCP;
    }

    @Override
    public boolean reverse() {
        return clicon.isPresent();
    }

    @Override
    public boolean anyPort() {
        return port.isAny();
    }

    /** The same spec once bound: listings then show {@code Port=ACTUAL:HIGH}. */
    public TcpSpec boundAt(int actualPort) {
        return new TcpSpec(role, port.boundAt(actualPort), server, clicon, password, hidden, ipv6, icfEnable);
    }

    @Override
    public String listing() {
        return new Listing(protocol()).add("Port", port).add("Server", server).add("Clicon", clicon)
                .addIf(ipv6, "Ipversion", 6).masked(password).toString();
    }

    @Override
    public String connectHint(String host) {
        Listing hint = new Listing(protocol());
        if (reverse()) {
            hint.add("Clicon", host).add("Port", port.low());
        } else {
            hint.add("Port", port.low()).add("Server", host);
        }
        return hint.addIf(ipv6, "Ipversion", 6).placeholder(password).toString();
    }
}
