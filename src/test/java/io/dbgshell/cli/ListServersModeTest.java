package io.dbgshell.cli;

import io.dbgshell.discovery.DiscoveryDirectory;
import io.dbgshell.discovery.ServerDiscovery;
import io.dbgshell.protocol.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code -QR}: the header, this machine only. */
class ListServersModeTest {
    @TempDir
    Path servers;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String host) {
        return new ListServersMode(host, new ServerDiscovery(new DiscoveryDirectory(servers.resolve("none"))),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run();
    }

    @Test
    void noServersIsTheHeaderAlone() {
        assertThat(run("")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Servers on " + Identity.HostName.get() + ":\n");
    }

    @Test
    void thisMachineByAnotherNameIsShownAsTyped() {
        assertThat(run("\\\\localhost")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Servers on \\\\localhost:\n");
    }

    @Test
    void anotherMachineIsOneClearErrorAndExitCodeOne() {
        assertThat(run("BOX17")).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Error: -QR BOX17: listing the servers of another machine is not supported; run dbgshell -QR on that machine\n");
    }
}
