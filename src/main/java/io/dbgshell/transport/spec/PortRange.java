package io.dbgshell.transport.spec;

/**
 * A TCP port, an inclusive range {@code low:high} (a single port has {@code low == high}), or
 * {@link #ANY}: port 0, which a listening server leaves to the system to pick, as JDWP's and
 * lldb-server's port 0 do.
 */
public record PortRange(int low, int high) {
    public static final PortRange ANY = new PortRange(ParamValues.ANY_PORT, ParamValues.ANY_PORT);

    public PortRange {
        boolean any = low == ParamValues.ANY_PORT && high == ParamValues.ANY_PORT;
        if (!any && (low < ParamValues.MIN_PORT || high > ParamValues.MAX_PORT || low > high)) {
            throw new IllegalArgumentException("bad port range " + low + ":" + high);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    public boolean isRange() {
        return low != high;
    }

    /** Port 0: the system picks a free port when the server binds. */
    public boolean isAny() {
        return low == ParamValues.ANY_PORT;
    }

    /**
     * As listings show it once bound: the port actually bound with the same upper bound, or just
     * that port when the system picked it.
     */
    public PortRange boundAt(int actual) {
        return isAny() ? single(actual) : new PortRange(actual, high);
    }

    @Override
    public String toString() {
        return isRange() ? low + ":" + high : Integer.toString(low);
    }
}
