package io.dbgshell.session;

import io.dbgshell.testing.Wiring;
import io.dbgshell.transport.pipe.NpipeServerTransport;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.RawLink;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TestClient;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.pipe.NpipeSpec;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.PipeDirectory;
import io.netty.channel.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import static io.dbgshell.testing.Identities.ALICE;

/**
 * The shared session behaviour over npipe, in a pipe directory of its own. The shared tests join
 * as made-up users, so their server takes the clients' claims; the last test checks that a real
 * npipe server puts the kernel's word above the claim.
 */
class NpipeSessionTest extends AbstractSessionTransportTest {
    private static final String PIPE = "session-test";

    @TempDir
    static Path pipes;

    @Override
    protected Wiring wiring() {
        return Wiring.npipe(new PipeDirectory(pipes), PIPE);
    }

    private static Transports transports(EventLoops loops, Function<Channel, Optional<String>> peerUser) {
        return TestTransports.on(loops).npipe(new PipeDirectory(pipes), peerUser).build();
    }

    @Override
    protected RawLink rawLink(ServerEntry server) throws IOException {
        return RawLink.open(UnixDomainSocketAddress.of(pipes.resolve(pipe(server))));
    }

    @Override
    protected String connectionPrefix() {
        return "(npipe " + PIPE;
    }

    private static String pipe(ServerEntry server) {
        return ((NpipeSpec) server.spec()).pipe();
    }

    @Test
    void theKernelsUserReplacesTheClaimedOneAndShowsInClients() throws Exception {
        try (TestHost verified = new TestHost(loops -> transports(loops, NpipeServerTransport::kernelPeerUser),
                TestHost.fastSettings())) {
            verified.startServer("npipe:pipe=verified");
            String me = System.getProperty("user.name");
            try (TestClient alice = TestClient.join(verified.transports, "npipe:pipe=verified,server=.", ALICE)) {
                alice.log().await("dbgshell ");
                verified.type(".clients");
                verified.console.log.await("ALICEBOX\\" + me + " (npipe verified)");
            }
        }
    }
}
