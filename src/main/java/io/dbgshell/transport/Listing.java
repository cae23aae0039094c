package io.dbgshell.transport;

import java.util.Optional;

/** Builds the {@code proto:Key=Value,...} listing form; package-private so only specs use it. */
final class Listing {
    private final StringBuilder text;
    private boolean first = true;

    Listing(Protocol protocol) {
        text = new StringBuilder(protocol.label()).append(':');
    }

    Listing add(String key, Object value) {
        if (!first) {
            text.append(',');
        }
        first = false;
        text.append(key).append('=').append(value);
        return this;
    }

    Listing addIf(boolean present, String key, Object value) {
        return present ? add(key, value) : this;
    }

    Listing add(String key, Optional<String> value) {
        return value.isPresent() ? add(key, value.get()) : this;
    }

    /** {@code Password=*} when there is one. */
    Listing masked(Optional<Password> password) {
        return addIf(password.isPresent(), "Password", "*");
    }

    /** {@code Password=<password>} when there is one: a placeholder for the person to fill in. */
    Listing placeholder(Optional<Password> password) {
        return addIf(password.isPresent(), "Password", "<password>");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
