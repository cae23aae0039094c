package io.dbgshell.transport;

import java.util.Optional;

/** {@code npipe:}: a Unix-domain socket named {@code pipe} in the machine's pipe directory. */
public record NpipeSpec(Role role, String pipe, Optional<String> server, Optional<Password> password,
                        boolean hidden, boolean icfEnable) implements TransportSpec {

    @Override
    public Protocol protocol() {
        return Protocol.NPIPE;
    }

    /** The same spec with {@code %d}/{@code %x} codes replaced by the actual name. */
    public NpipeSpec withPipe(String actualPipe) {
        return new NpipeSpec(role, actualPipe, server, password, hidden, icfEnable);
    }

    @Override
    public String listing() {
        return new Listing(protocol()).add("Pipe", pipe).add("Server", server).masked(password).toString();
    }

    @Override
    public String connectHint(String host) {
        return new Listing(protocol()).add("Pipe", pipe).add("Server", host).placeholder(password).toString();
    }
}
