package io.dbgshell.transport.spec;

/**
 * A transport protocol, by the name a user types ({@code tcp}, {@code npipe}...). Each protocol's
 * package defines its own; which ones this build has is the registration list's business.
 *
 * @param label the lower-case name used in transport strings, listings and notices
 */
public record Protocol(String label) {
    @Override
    public String toString() {
        return label;
    }
}
