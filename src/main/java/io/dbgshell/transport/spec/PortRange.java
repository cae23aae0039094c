package io.dbgshell.transport.spec;

/** A TCP port or an inclusive range {@code low:high}; a single port has {@code low == high}. */
public record PortRange(int low, int high) {
    public PortRange {
        if (low < ParamValues.MIN_PORT || high > ParamValues.MAX_PORT || low > high) {
            throw new IllegalArgumentException("bad port range " + low + ":" + high);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    public boolean isRange() {
        return low != high;
    }

    /** The same upper bound with the port actually bound as the lower one, as listings show it. */
    public PortRange boundAt(int actual) {
        return new PortRange(actual, high);
    }

    @Override
    public String toString() {
        return isRange() ? low + ":" + high : Integer.toString(low);
    }
}
