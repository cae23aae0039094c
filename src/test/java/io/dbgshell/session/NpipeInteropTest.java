package io.dbgshell.session;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.NpipeServerTransport;
import io.dbgshell.transport.pipe.PipeDirectory;
import io.dbgshell.transport.pipe.PipeNameExpander;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A real foreign peer: socat (Debian package, installed by .ci/run) connects to the socket file and sees the banner. */
class NpipeInteropTest {
    @TempDir
    Path pipes;

    private Transports transports(EventLoops loops) {
        return TestTransports.on(loops).npipe(new PipeDirectory(pipes), PipeNameExpander::forCallingThread,
                NpipeServerTransport::kernelPeerUser).build();
    }

    @Test
    void socatConnectingToTheSocketFileSeesTheProtocolBanner() throws Exception {
        try (TestHost host = new TestHost(this::transports, TestHost.fastSettings())) {
            host.startServer("npipe:pipe=interop");
            Process socat = new ProcessBuilder("socat", "-u", "UNIX-CONNECT:" + pipes.resolve("interop"), "STDOUT")
                    .redirectErrorStream(true).start();
            TextLog seen = new TextLog();
            Thread reader = new Thread(() -> {
                try {
                    byte[] chunk = new byte[4096];
                    for (int n = socat.getInputStream().read(chunk); n >= 0; n = socat.getInputStream().read(chunk)) {
                        seen.append(new String(chunk, 0, n, StandardCharsets.ISO_8859_1));
                    }
                } catch (java.io.IOException e) {
                    seen.append("read failed: " + e);
                }
            }, "socat-reader");
            reader.start();
            try {
                seen.awaitPattern("dbgshell .*\\(protocol ");
            } finally {
                socat.destroyForcibly();
            }
        }
    }
}
