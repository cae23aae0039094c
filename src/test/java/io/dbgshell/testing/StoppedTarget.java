package io.dbgshell.testing;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.Bootstrap;
import com.sun.jdi.LocalVariable;
import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.Value;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real JVM stopped at a breakpoint, for tests that read its frames through JDI: the source is
 * compiled by the test (with or without {@code -g}), launched with a JDWP agent on a loopback port,
 * attached to, and stopped at the line marked {@code // STOP} by a breakpoint set through JDI.
 */
public final class StoppedTarget implements AutoCloseable {
    /** Marks the line of the source where the target stops. */
    public static final String STOP_MARK = "// STOP";
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Pattern LISTENING = Pattern.compile("Listening for transport dt_socket at address: (\\d+)");

    private final Process process;
    private final VirtualMachine vm;
    private final ThreadReference thread;

    private StoppedTarget(Process process, VirtualMachine vm, ThreadReference thread) {
        this.process = process;
        this.vm = vm;
        this.thread = thread;
    }

    /**
     * Compiles {@code source} (class {@code mainClass}, no package) into {@code dir}, runs it and stops at
     * its {@code // STOP} line.
     *
     * @param debugInfo {@code -g} (local variables) when true; javac's default (lines and source only) when false
     */
    public static StoppedTarget start(Path dir, String mainClass, String source, boolean debugInfo) throws Exception {
        Path file = dir.resolve(mainClass + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, System.err, debugInfo ? "-g" : "-g:source,lines",
                "-d", dir.toString(), file.toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed on " + file);
        }
        int line = stopLine(source);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0",
                "-cp", dir.toString(), mainClass).redirectErrorStream(true).start();
        try {
            VirtualMachine vm = attach(port(process));
            return new StoppedTarget(process, vm, stopAt(vm, mainClass, line));
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static int stopLine(String source) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(STOP_MARK)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("the source has no " + STOP_MARK + " line");
    }

    /** Reads the port the agent announces, then keeps draining the output so the target never blocks on it. */
    private static int port(Process process) throws Exception {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
                port.completeExceptionally(new IllegalStateException("the target ended before listening"));
            } catch (IOException e) {
                port.completeExceptionally(new UncheckedIOException(e));
            }
        }, "target-output");
        drain.setDaemon(true);
        drain.start();
        return port.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static VirtualMachine attach(int port) throws Exception {
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.name().equals("com.sun.jdi.SocketAttach")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = socket.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(Integer.toString(port));
        arguments.get("timeout").setValue(Long.toString(DEADLINE.toMillis()));
        return socket.attach(arguments);
    }

    /** Runs the target until the class is prepared, sets the breakpoint, and runs it to the breakpoint. */
    private static ThreadReference stopAt(VirtualMachine vm, String mainClass, int line) throws Exception {
        ClassPrepareRequest prepare = vm.eventRequestManager().createClassPrepareRequest();
        prepare.addClassFilter(mainClass);
        prepare.enable();
        vm.resume();
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            EventSet events = vm.eventQueue().remove(Duration.between(Instant.now(), deadline).toMillis() + 1);
            if (events == null) {
                break;
            }
            for (Event event : events) {
                if (event instanceof ClassPrepareEvent prepared) {
                    breakAt(vm, prepared.referenceType(), line);
                } else if (event instanceof BreakpointEvent hit) {
                    return hit.thread();
                } else if (event instanceof VMDeathEvent || event instanceof VMDisconnectEvent) {
                    throw new IllegalStateException("the target ended before its breakpoint");
                }
            }
            events.resume();
        }
        throw new IllegalStateException("the target did not reach line " + line + " within " + DEADLINE);
    }

    private static void breakAt(VirtualMachine vm, ReferenceType type, int line) throws AbsentInformationException {
        List<Location> locations = type.locationsOfLine(line);
        if (locations.isEmpty()) {
            throw new IllegalStateException("no code at line " + line + " of " + type.name());
        }
        BreakpointRequest request = vm.eventRequestManager().createBreakpointRequest(locations.get(0));
        request.enable();
    }

    public VirtualMachine vm() {
        return vm;
    }

    /** The frame stopped at the breakpoint (fetched again each time: frames are cheap and may be invalidated). */
    public StackFrame frame() {
        try {
            return thread.frame(0);
        } catch (com.sun.jdi.IncompatibleThreadStateException e) {
            throw new IllegalStateException("the target's thread is not suspended", e);
        }
    }

    /** A local variable's value in the stopped frame (the target needs {@code -g}). */
    public Value local(String name) throws AbsentInformationException {
        StackFrame frame = frame();
        LocalVariable variable = frame.visibleVariableByName(name);
        if (variable == null) {
            throw new IllegalArgumentException("no local variable " + name);
        }
        return frame.getValue(variable);
    }

    /** The declared type of a local variable. */
    public String localType(String name) throws AbsentInformationException {
        return frame().visibleVariableByName(name).typeName();
    }

    @Override
    public void close() {
        try {
            vm.exit(0);
        } catch (RuntimeException e) {
            // the target is gone already
        }
        process.destroyForcibly();
    }
}
