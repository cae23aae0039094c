package io.dbgshell.transport.serial;

import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.transport.spec.Listing;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSpec;

/**
 * {@code com:}: a serial line. {@code port} is normalised: {@code com3}, {@code COM3} and {@code 3}
 * all become {@code COM3}; a device path is kept as given.
 */
public record ComSpec(Role role, String port, int baud, int channel, CommonParams common) implements TransportSpec {
    public static final Protocol PROTOCOL = new Protocol("com");
    /** The highest channel number, for the parser and the wire alike: a line carries channels 0 to 254. */
    public static final int MAX_CHANNEL = 254;

    @Override
    public Protocol protocol() {
        return PROTOCOL;
    }

    @Override
    public void list(Listing listing) {
        listing.add("Port", port).add("Baud", baud).add("Channel", channel);
    }

    @Override
    public void hint(Listing listing, String host) {
        list(listing);
    }
}
