package io.dbgshell.transport.pipe;

import java.util.Locale;
import java.util.Set;

/**
 * Which {@code server=} values name this machine: {@code .}, {@code localhost} and this host's
 * name, in any case and with an optional leading {@code \\}, as Windows users type them.
 */
public final class LocalHost {
    private static final Set<String> ALWAYS_LOCAL = Set.of(".", "localhost");

    private final String hostName;

    public LocalHost(String hostName) {
        this.hostName = hostName.toLowerCase(Locale.ROOT);
    }

    public boolean names(String server) {
        String bare = server.startsWith("\\\\") ? server.substring(2) : server;
        String lower = bare.toLowerCase(Locale.ROOT);
        return ALWAYS_LOCAL.contains(lower) || lower.equals(hostName);
    }
}
