package io.dbgshell.engine.jdi;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small program compiled by a test (javax.tools, with {@code -g}), launched in its own JVM with a
 * JDWP agent that waits for a debugger, and attached to with JDI: the real thing, as the engine
 * sees it. Source lines are found by {@code // @name} markers, so tests never hard-code numbers.
 */
final class CompiledTarget implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Listening for transport dt_socket at address: (\\d+)");
    static final long START_SECONDS = 30;

    final Process process;
    /** The JDWP agent's port. */
    final int port;
    /** The debugger's connection; null when the test left attaching to another debugger. */
    final VirtualMachine vm;
    /** What the target printed, both streams, drained so that it never blocks on a full pipe. */
    final List<String> output;

    private CompiledTarget(Process process, int port, VirtualMachine vm, List<String> output) {
        this.process = process;
        this.port = port;
        this.vm = vm;
        this.output = output;
    }

    /** Writes {@code sources} (file name to text) into {@code dir} and compiles them there with {@code -g}. */
    static Path compile(Path dir, Map<String, String> sources) {
        try {
            Files.createDirectories(dir);
            List<String> arguments = new ArrayList<>(List.of("-g", "-d", dir.toString()));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = dir.resolve(source.getKey());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("the test target did not compile");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of {@code // @marker} in {@code source}. */
    static int line(String source, String marker) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("// @" + marker)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no marker " + marker);
    }

    /** Starts {@code java -cp classes MAIN ARGS} suspended under a JDWP agent and attaches to it. */
    static CompiledTarget launch(Path classes, String main, String... args) {
        return start(classes, main, true, args);
    }

    /** Starts the target suspended under a JDWP agent and leaves it for another debugger ({@link #port}). */
    static CompiledTarget launchWithoutDebugger(Path classes, String main, String... args) {
        return start(classes, main, false, args);
    }

    private static CompiledTarget start(Path classes, String main, boolean attach, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0",
                "-Xshare:auto", "-cp", classes.toString(), main));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<Integer> port = new CompletableFuture<>();
            List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread drain = new Thread(() -> drain(process, port, output), "target-output");
            drain.setDaemon(true);
            drain.start();
            int agentPort = port.get(START_SECONDS, TimeUnit.SECONDS);
            return new CompiledTarget(process, agentPort, attach ? attach(agentPort) : null, output);
        } catch (Exception e) {
            throw new IllegalStateException("could not launch the test target", e);
        }
    }

    private static void drain(Process process, CompletableFuture<Integer> port, List<String> output) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
                output.add(line);
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("the target ended before listening"));
    }

    static VirtualMachine attach(int port) throws Exception {
        AttachingConnector connector = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(candidate -> candidate.name().equals("com.sun.jdi.SocketAttach")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = connector.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(Integer.toString(port));
        return connector.attach(arguments);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            if (vm != null) {
                vm.dispose();
            }
        } catch (RuntimeException e) {
            // already gone
        }
        process.destroyForcibly();
        try {
            process.waitFor(START_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
