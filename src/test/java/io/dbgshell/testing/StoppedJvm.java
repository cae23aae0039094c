package io.dbgshell.testing;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real target JVM for engine tests: sources compiled here with {@code -g}, launched with a JDWP
 * agent (suspended, loopback, port 0), attached over a socket, and run to the line of a
 * {@code // STOP} marker, where it stays stopped by a breakpoint event (so methods can be invoked).
 * The target's output is drained so it never blocks. Unlike a stop for reading frames, it keeps
 * the thread stopped by a breakpoint event, so methods can be invoked in it, and takes classes in
 * packages.
 */
public final class StoppedJvm implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("Listening for transport dt_socket at address: (\\d+)");

    private final Process process;
    public final VirtualMachine vm;
    public final ThreadReference thread;
    /** What the target printed. */
    public final TextLog out;

    private StoppedJvm(Process process, VirtualMachine vm, ThreadReference thread, TextLog out) {
        this.process = process;
        this.vm = vm;
        this.thread = thread;
        this.out = out;
    }

    /**
     * Compiles {@code sources} (binary class name to source text), runs {@code mainClass}, and
     * returns stopped at the {@code // STOP} line of {@code stopClass}.
     */
    public static StoppedJvm stopAtMarker(Path dir, Map<String, String> sources, String mainClass, String stopClass)
            throws Exception {
        Path classes = compile(dir, sources);
        int line = markerLine(sources.get(stopClass), "// STOP");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xshare:auto",
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0",
                "-cp", classes.toString(), mainClass).redirectErrorStream(true).start();
        TextLog out = new TextLog();
        DbgshellProcess.pump(process.getInputStream(), out, "target");
        try {
            Matcher port = LISTENING.matcher(out.awaitPattern(LISTENING.pattern()));
            if (!port.find()) {
                throw new AssertionError("no JDWP port in: " + out.text());
            }
            VirtualMachine vm = attach(Integer.parseInt(port.group(1)));
            ThreadReference thread = runTo(vm, stopClass, line);
            return new StoppedJvm(process, vm, thread, out);
        } catch (Exception | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The 1-based line of the first line containing {@code marker}. */
    public static int markerLine(String source, String marker) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line with " + marker);
    }

    private static Path compile(Path dir, Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-g", "-d", classes.toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        if (javac.run(null, errors, errors, args.toArray(String[]::new)) != 0) {
            throw new AssertionError("target did not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
        return classes;
    }

    private static VirtualMachine attach(int port) throws Exception {
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.name().equals("com.sun.jdi.SocketAttach")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = socket.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(Integer.toString(port));
        arguments.get("timeout").setValue(Long.toString(STARTUP.toMillis()));
        return socket.attach(arguments);
    }

    /** Resumes until a breakpoint at {@code line} of {@code className} hits; the event's thread stays stopped. */
    private static ThreadReference runTo(VirtualMachine vm, String className, int line) throws Exception {
        ClassPrepareRequest prepare = vm.eventRequestManager().createClassPrepareRequest();
        prepare.addClassFilter(className);
        prepare.setSuspendPolicy(EventRequest.SUSPEND_ALL);
        prepare.enable();
        for (ReferenceType loaded : vm.classesByName(className)) {
            breakAt(vm, loaded, line);
        }
        vm.resume();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            EventSet events = vm.eventQueue().remove(STARTUP.toMillis());
            if (events == null) {
                break;
            }
            for (Event event : events) {
                if (event instanceof BreakpointEvent hit) {
                    prepare.disable();
                    return hit.thread();
                }
                if (event instanceof ClassPrepareEvent prepared) {
                    breakAt(vm, prepared.referenceType(), line);
                }
                if (event instanceof VMDeathEvent) {
                    throw new AssertionError("the target ended before line " + line);
                }
            }
            events.resume();
        }
        throw new AssertionError("the target did not reach " + className + ":" + line + " within " + STARTUP);
    }

    private static void breakAt(VirtualMachine vm, ReferenceType type, int line) throws Exception {
        List<Location> locations = type.locationsOfLine(line);
        if (locations.isEmpty()) {
            throw new AssertionError("no code at " + type.name() + ":" + line);
        }
        BreakpointRequest request = vm.eventRequestManager().createBreakpointRequest(locations.get(0));
        request.setSuspendPolicy(EventRequest.SUSPEND_ALL);
        request.addCountFilter(1);
        request.enable();
    }

    @Override
    public void close() {
        try {
            vm.exit(0);
        } catch (RuntimeException alreadyGone) {
            // the target died first; the process is ended below either way
        }
        process.destroyForcibly();
    }
}
