package io.dbgshell.it;

import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.DbgshellProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * spipe with the real launcher: a certificate made by {@code cert create} in a temporary store, a host
 * serving it on a pipe, a client joining through TLS, the listing in {@code .servers} and {@code -QR}.
 */
class SpipeSessionIT {
    private static final Duration EXIT = Duration.ofSeconds(20);

    @TempDir
    Path home;

    /** Host, client, cert tool and -QR all share the store, the pipe directory and the discovery directory. */
    private Map<String, String> env() {
        return Map.of("DBGSHELL_USER_STORE", home.resolve("certs/user.p12").toString(),
                "DBGSHELL_STORE_PASSWORD", "store-secret",
                "DBGSHELL_PIPE_DIR", home.resolve("pipes").toString(),
                "DBGSHELL_DISCOVERY_DIR", home.resolve("servers").toString());
    }

    @Test
    void aClientJoinsAnSpipeServerThroughTls() throws Exception {
        try (DbgshellProcess create = DbgshellProcess.start(home, env(), "cert", "create", "--name", "pipecert")) {
            assertThat(create.awaitExit(EXIT)).isZero();
            create.out.await("Created certificate 'CN=pipecert' in the user store");
        }
        String me = Identity.HostName.get();
        try (DbgshellProcess host = DbgshellProcess.start(home, env())) {
            host.type(".server spipe:proto=tls1,certuser=pipecert,pipe=otter,password=s3cret");
            host.out.await("Server started with 'spipe:proto=tls1,certuser=pipecert,pipe=otter,password=*'\n"
                    + "Client can connect with: dbgshell -remote spipe:Proto=tls1,Certuser=pipecert,Pipe=otter,Server="
                    + me + ",Password=<password>\n");
            host.type(".server spipe:proto=tls1,certuser=pipecert,pipe=mole%d,hidden");
            host.out.await("Server started with 'spipe:proto=tls1,certuser=pipecert,pipe=mole%d,hidden'\n");
            host.type(".servers");
            host.out.await("dbg> .servers\n"
                    + "0 - Debugger Server - spipe:Proto=tls1,Certuser=pipecert,Pipe=otter,Password=*\n"
                    + "1 - Debugger Server - spipe:Proto=tls1,Certuser=pipecert,Pipe=mole" + host.pid() + "\n");

            try (DbgshellProcess client = DbgshellProcess.start(home, env(), "-remote",
                    "spipe:proto=tls1,certuser=pipecert,pipe=otter,password=s3cret")) {
                client.out.await("dbgshell ");
                host.out.awaitPattern("\\\\" + System.getProperty("user.name") + " \\(spipe otter\\) connected at ");
                client.type(".echo sealed in tls");
                host.out.awaitPattern("\\(spipe otter\\) dbg> \\.echo sealed in tls\nsealed in tls\n");
                assertThat(listServers()).isEqualTo("Servers on " + me + ":\n"
                        + "Debugger Server - spipe:Proto=tls1,Certuser=pipecert,Pipe=otter\n");
                client.type("q");
                assertThat(client.awaitExit(EXIT)).isZero();
            }
            host.type("q");
            assertThat(host.awaitExit(EXIT)).isZero();
            assertThat(host.err.text()).isEmpty();
        }
        assertThat(home.resolve("pipes")).isEmptyDirectory();
        assertThat(DbgshellProcess.log(home)).doesNotContain("s3cret");
    }

    private String listServers() {
        try (DbgshellProcess list = DbgshellProcess.start(home, env(), "-QR")) {
            assertThat(list.awaitExit(EXIT)).isZero();
            return list.out.text();
        }
    }
}
