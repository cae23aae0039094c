package io.dbgshell.cli;

import io.dbgshell.discovery.DiscoveryDirectory;
import io.dbgshell.discovery.ServerDiscovery;
import io.dbgshell.protocol.Identity;
import io.dbgshell.transport.pipe.LocalHost;

import java.io.PrintStream;

/** {@code -QR [HOST]}: prints the discoverable servers of this machine and exits; other machines are refused. */
final class ListServersMode {
    private final String host;
    private final ServerDiscovery discovery;
    private final PrintStream out;
    private final PrintStream err;

    ListServersMode(String host, ServerDiscovery discovery, PrintStream out, PrintStream err) {
        this.host = host;
        this.discovery = discovery;
        this.out = out;
        this.err = err;
    }

    /** For {@code -QR} with {@code host} as typed, empty when no host was given. */
    static ListServersMode forThisProcess(String host) {
        return new ListServersMode(host, new ServerDiscovery(DiscoveryDirectory.fromEnvironment()), System.out, System.err);
    }

    int run() {
        String thisHost = Identity.HostName.get();
        if (!host.isEmpty() && !new LocalHost(thisHost).names(host)) {
            err.println("Error: -QR " + host + ": listing the servers of another machine is not supported;"
                    + " run dbgshell -QR on that machine");
            return ExitCodes.FAILURE;
        }
        out.println("Servers on " + (host.isEmpty() ? thisHost : host) + ":");
        discovery.lines().forEach(out::println);
        return ExitCodes.OK;
    }
}
