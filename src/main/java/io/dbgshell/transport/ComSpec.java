package io.dbgshell.transport;

import java.util.Optional;

/**
 * {@code com:}: a serial line. {@code port} is normalised: {@code com3}, {@code COM3} and {@code 3}
 * all become {@code COM3}; a device path is kept as given.
 */
public record ComSpec(Role role, String port, int baud, int channel, Optional<Password> password, boolean hidden)
        implements TransportSpec {
    /** The highest channel number, for the parser and the wire alike: a line carries channels 0 to 254. */
    public static final int MAX_CHANNEL = 254;

    @Override
    public Protocol protocol() {
        return Protocol.COM;
    }

    @Override
    public String listing() {
        return new Listing(protocol()).add("Port", port).add("Baud", baud).add("Channel", channel)
                .masked(password).toString();
    }

    @Override
    public String connectHint(String host) {
        return new Listing(protocol()).add("Port", port).add("Baud", baud).add("Channel", channel)
                .placeholder(password).toString();
    }
}
