package io.dbgshell.transport.tcp;

import io.dbgshell.transport.TransportException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The addresses a {@code clicon=} name stands for, resolved once on the caller's thread (name look-ups
 * block, so they never run on an event loop). The waiting client accepts only these; the reverse server
 * dials the first of them.
 */
final class ReverseAddresses {
    private final String name;
    private final List<InetAddress> addresses;

    private ReverseAddresses(String name, List<InetAddress> addresses) {
        this.name = name;
        this.addresses = addresses;
    }

    /** Every address of {@code name}; with {@code ipv6} only its IPv6 ones, of which there must be one. */
    static ReverseAddresses resolve(String name, boolean ipv6) throws TransportException {
        List<InetAddress> all;
        try {
            all = Arrays.asList(InetAddress.getAllByName(name));
        } catch (UnknownHostException e) {
            throw new TransportException("unknown host '" + name + "'", e);
        }
        List<InetAddress> usable = ipv6 ? all.stream().filter(Inet6Address.class::isInstance).toList() : all;
        if (usable.isEmpty()) {
            throw new TransportException("host '" + name + "' has no IPv6 address");
        }
        return new ReverseAddresses(name, usable);
    }

    String name() {
        return name;
    }

    boolean contains(InetAddress peer) {
        return addresses.contains(peer);
    }

    InetAddress first() {
        return addresses.get(0);
    }
}
