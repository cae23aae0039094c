package io.dbgshell.transport.spec;

import java.util.Optional;

/** Builds the {@code proto:Key=Value,...} listing form that specs print and the parser accepts back. */
public final class Listing {
    private final StringBuilder text;
    private boolean first = true;

    Listing(Protocol protocol) {
        text = new StringBuilder(protocol.label()).append(':');
    }

    public Listing add(String key, Object value) {
        separate();
        text.append(key).append('=').append(value);
        return this;
    }

    /** A flag, {@code ReadOnly}, when {@code present}. */
    Listing flagIf(boolean present, String flag) {
        if (present) {
            separate();
            text.append(flag);
        }
        return this;
    }

    private void separate() {
        if (!first) {
            text.append(',');
        }
        first = false;
    }

    public Listing addIf(boolean present, String key, Object value) {
        return present ? add(key, value) : this;
    }

    public Listing add(String key, Optional<String> value) {
        return value.isPresent() ? add(key, value.get()) : this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
