package io.dbgshell.discovery;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.NpipeServerTransport;
import io.dbgshell.transport.pipe.PipeDirectory;
import io.dbgshell.transport.pipe.PipeNameExpander;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another process that owns servers: a real session with npipe and tcp, registered for discovery,
 * which tests kill with SIGKILL to leave stale socket and discovery files behind.
 */
public final class ServerOwner implements AutoCloseable {
    private static final String READY = "ready";

    public final Process process;

    private ServerOwner(Process process) {
        this.process = process;
    }

    /** Starts a JVM hosting {@code servers} (transport strings), and returns once they all listen. */
    public static ServerOwner start(Path pipes, Path discovery, String... servers) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerOwner.class.getName(),
                pipes.toString(), discovery.toString()));
        command.addAll(List.of(servers));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(READY)) {
                return new ServerOwner(process);
            }
            seen.append(line).append('\n');
        }
        throw new IOException("the server owner did not start:\n" + seen);
    }

    /** SIGKILL: no shutdown hook runs, nothing is cleaned up. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    public static void main(String[] args) throws Exception {
        PipeDirectory pipes = new PipeDirectory(Path.of(args[0]));
        TestHost host = new TestHost(loops -> transports(loops, pipes), TestHost.fastSettings());
        host.session.servers().addListener(new DiscoveryRegistration(new DiscoveryDirectory(Path.of(args[1]))));
        for (int i = 2; i < args.length; i++) {
            host.startServer(args[i]);
        }
        System.out.println(READY);
        System.out.flush();
        // Lives until killed or until its parent closes standard input.
        while (System.in.read() >= 0) {
            continue;
        }
        host.close();
    }

    static Transports transports(EventLoops loops, PipeDirectory pipes) {
        return TestTransports.on(loops).tcp(line -> { })
                .npipe(pipes, PipeNameExpander::forCallingThread, NpipeServerTransport::kernelPeerUser).build();
    }
}
