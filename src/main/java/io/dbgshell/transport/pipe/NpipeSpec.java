package io.dbgshell.transport.pipe;

import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.transport.spec.Listing;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSpec;

import java.util.Optional;

/** {@code npipe:}: a Unix-domain socket named {@code pipe} in the machine's pipe directory; spipe carries it under TLS. */
public record NpipeSpec(Role role, String pipe, Optional<String> server, boolean icfEnable, CommonParams common)
        implements TransportSpec {
    public static final Protocol PROTOCOL = new Protocol("npipe");

    @Override
    public Protocol protocol() {
        return PROTOCOL;
    }

    /** The same spec with {@code %d}/{@code %x} codes replaced by the actual name. */
    public NpipeSpec withPipe(String actualPipe) {
        return new NpipeSpec(role, actualPipe, server, icfEnable, common);
    }

    @Override
    public void list(Listing listing) {
        listing.add("Pipe", pipe).add("Server", server);
    }

    @Override
    public void hint(Listing listing, String host) {
        listing.add("Pipe", pipe).add("Server", host);
    }
}
