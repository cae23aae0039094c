package io.dbgshell.testing;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real target JVM for engine tests: sources compiled here with {@code javax.tools}, started
 * with a listening JDWP agent on 127.0.0.1 (port 0, not suspended), and attached to with JDI.
 * Its output is drained into {@link #out}, so a chatty target never blocks on a full pipe.
 */
public final class JdiTarget implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Listening for transport dt_socket at address: (\\d+)");
    private static final Duration START = Duration.ofSeconds(30);

    /** The target's standard output and error. */
    public final TextLog out;
    public final VirtualMachine vm;
    private final Process process;

    private JdiTarget(Process process, VirtualMachine vm, TextLog out) {
        this.process = process;
        this.vm = vm;
        this.out = out;
    }

    /** Compiles {@code sources} (path relative to {@code into} → text) with {@code -g} into {@code into}. */
    public static void compile(Path into, Path classPath, Map<String, String> sources) throws IOException {
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = into.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-g", "-d", into.toString(), "-cp", classPath.toString()));
        args.addAll(files);
        if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("test target did not compile");
        }
    }

    /** Puts every {@code .class} file under {@code classes} into a new jar. */
    public static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
    }

    /** Starts {@code java -cp CLASSPATH MAIN ARGS} under JDWP, attaches, waits for {@code ready} in its output. */
    public static JdiTarget start(String classPath, String main, String ready, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0",
                "-Xshare:auto", "-cp", classPath, main));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        TextLog log = new TextLog();
        Thread pump = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    log.append(line + "\n");
                }
            } catch (IOException e) {
                // the target ended
            } finally {
                log.close();
            }
        }, "jdi-target-output");
        pump.setDaemon(true);
        pump.start();
        try {
            Matcher port = LISTENING.matcher(
                    log.awaitMatch(text -> LISTENING.matcher(text).find(), "the JDWP port", START));
            if (!port.find()) {
                throw new IllegalStateException("no JDWP port in: " + log.text());
            }
            VirtualMachine vm = attach(Integer.parseInt(port.group(1)));
            log.await(ready, START);
            return new JdiTarget(process, vm, log);
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static VirtualMachine attach(int port) throws Exception {
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.transport().name().equals("dt_socket")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = socket.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(Integer.toString(port));
        return socket.attach(arguments);
    }

    @Override
    public void close() {
        try {
            vm.dispose();
        } catch (RuntimeException e) {
            // already gone
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new UncheckedIOException(new IOException("test target did not end"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
