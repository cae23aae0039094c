package io.dbgshell.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Finds ports on this machine that nothing listens on right now, for tests that must name a port. */
public final class FreePorts {
    private static final int LOW = 20_000;
    private static final int HIGH = 60_000;
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
