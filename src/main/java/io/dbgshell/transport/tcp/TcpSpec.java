package io.dbgshell.transport.tcp;

import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.transport.spec.Listing;
import io.dbgshell.transport.spec.PortRange;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSpec;

import java.util.Optional;

/**
 * {@code tcp:}. Server: {@code port} may be a range; {@code clicon} makes it a reverse server
 * (exact port). Client: {@code server} and an exact port, or {@code clicon} (the server that will
 * dial in) and a port or range to wait on. ssl carries the same endpoint under TLS, never with
 * {@code ipversion} or {@code IcfEnable}.
 */
public record TcpSpec(Role role, PortRange port, Optional<String> server, Optional<String> clicon, boolean ipv6,
                      boolean icfEnable, CommonParams common) implements TransportSpec {
    public static final Protocol PROTOCOL = new Protocol("tcp");

    @Override
    public Protocol protocol() {
        return PROTOCOL;
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
        return new TcpSpec(role, port.boundAt(actualPort), server, clicon, ipv6, icfEnable, common);
    }

    @Override
    public void list(Listing listing) {
        listing.add("Port", port).add("Server", server).add("Clicon", clicon).addIf(ipv6, "Ipversion", 6);
    }

    @Override
    public void hint(Listing listing, String host) {
        if (reverse()) {
            listing.add("Clicon", host).add("Port", port.low());
        } else {
            listing.add("Port", port.low()).add("Server", host);
        }
        listing.addIf(ipv6, "Ipversion", 6);
    }
}
