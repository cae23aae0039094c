package io.dbgshell.testing;

import io.dbgshell.transport.spec.PortRange;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds ports on this machine that nothing listens on right now, for tests that must name a port up
 * front (a range, a reverse link, a relay); every other test gives its server port 0. The ports are
 * drawn below the system's ephemeral range (Linux: 32768 and up), so they never collide with what
 * the system hands to port-0 servers and outgoing connections of tests running at the same time.
 */
public final class FreePorts {
    private static final int LOW = 20_000;
    private static final int HIGH = 32_768;
    private static final int TRIES = 200;

    private FreePorts() {
    }

    /** The first of {@code count} consecutive free ports. */
    public static int consecutive(int count) {
        for (int i = 0; i < TRIES; i++) {
            int first = ThreadLocalRandom.current().nextInt(LOW, HIGH);
            boolean free = true;
            for (int port = first; port < first + count && free; port++) {
                free = isFree(port);
            }
            if (free) {
                return first;
            }
        }
        throw new AssertionError("no " + count + " consecutive free ports found");
    }

    /** {@code count} consecutive free ports, as the range a server or a waiting reverse client is given. */
    public static PortRange range(int count) {
        int first = consecutive(count);
        return new PortRange(first, first + count - 1);
    }

    public static int one() {
        return consecutive(1);
    }

    private static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
