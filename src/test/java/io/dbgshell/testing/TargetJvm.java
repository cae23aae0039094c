package io.dbgshell.testing;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.IncompatibleThreadStateException;
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
import com.sun.jdi.event.VMStartEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one fixture for real target JVMs: {@link #program} compiles sources with {@code javax.tools}
 * (full, line-only or no debug information; libraries as jars; extra class path), {@link Program#launch}
 * starts the program with a JDWP agent on 127.0.0.1 port 0 (suspended or not), attaches with JDI and can
 * run it to a line, where the breakpoint event's thread stays stopped so methods can be invoked in it.
 * The target's output is drained into {@link #out}, so a chatty target never blocks on a full pipe.
 */
public final class TargetJvm implements AutoCloseable {
    /** How long starting, attaching and running to a stop may take on a loaded machine. */
    public static final Duration START = Duration.ofSeconds(60);
    private static final Pattern PUBLIC_CLASS = Pattern.compile("public\\s+(?:final\\s+)?class\\s+(\\w+)");
    private static final Pattern LISTENING = Pattern.compile("Listening for transport dt_socket at address: (\\d+)");

    /** How much debug information javac writes. */
    public enum DebugInfo {
        /** {@code -g}: lines, source and local variables. */
        ALL("-g"),
        /** javac's default: lines and source, no local variables. */
        LINES("-g:source,lines"),
        /** {@code -g:none}. */
        NONE("-g:none");

        private final String flag;

        DebugInfo(String flag) {
            this.flag = flag;
        }
    }

    public final Process process;
    /** The JDWP agent's port; 0 when started without an agent. */
    public final int port;
    /** The debugger's connection; null when the test left attaching to someone else. */
    public final VirtualMachine vm;
    /** The thread stopped at the requested line; null when no stop was asked for. */
    public final ThreadReference thread;
    /** What the target printed, both streams. */
    public final TextLog out;

    private TargetJvm(Process process, int port, VirtualMachine vm, ThreadReference thread, TextLog out) {
        this.process = process;
        this.port = port;
        this.vm = vm;
        this.thread = thread;
        this.out = out;
    }

    /** A program whose classes go to {@code dir} (its sources to {@code dir/src}). */
    public static Program program(Path dir) {
        return new Program(dir);
    }

    /** The 1-based line of the first line of {@code source} containing {@code text} (a marker such as {@code // STOP}). */
    public static int lineOf(String source, String text) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line with " + text);
    }

    /** This JDK's {@code java}. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The frame stopped at the requested line (fetched again each time: frames are invalidated by a resume). */
    public StackFrame frame() {
        try {
            return thread.frame(0);
        } catch (IncompatibleThreadStateException e) {
            throw new IllegalStateException("the target's thread is not suspended", e);
        }
    }

    /** A local variable of the stopped frame (the program needs {@link DebugInfo#ALL}). */
    public LocalVariable variable(String name) throws com.sun.jdi.AbsentInformationException {
        LocalVariable variable = frame().visibleVariableByName(name);
        if (variable == null) {
            throw new IllegalArgumentException("no local variable " + name);
        }
        return variable;
    }

    /** A local variable's value in the stopped frame. */
    public Value local(String name) throws com.sun.jdi.AbsentInformationException {
        return frame().getValue(variable(name));
    }

    @Override
    public void close() {
        try {
            if (vm != null) {
                vm.dispose();
            }
        } catch (RuntimeException alreadyGone) {
            // the target ended first; the process is ended below either way
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
                throw new UncheckedIOException(new IOException("the test target did not end"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sources to compile, and how. */
    public static final class Program {
        private final Path dir;
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final List<Path> classPath = new ArrayList<>();
        private DebugInfo debugInfo = DebugInfo.ALL;

        private Program(Path dir) {
            this.dir = dir;
        }

        /** Adds a source file; {@code file} is relative to the source root ({@code demo/Main.java}). */
        public Program source(String file, String text) {
            sources.put(file, text);
            return this;
        }

        /** Adds a source of a public class in no package, named by its declaration ({@code public class Hello}). */
        public Program source(String text) {
            Matcher name = PUBLIC_CLASS.matcher(text);
            if (!name.find()) {
                throw new IllegalArgumentException("no public class in:\n" + text);
            }
            return source(name.group(1) + ".java", text);
        }

        public Program debugInfo(DebugInfo level) {
            this.debugInfo = level;
            return this;
        }

        /** Puts {@code entry} on the class path of both the compiler and the launched program. */
        public Program classPath(Path entry) {
            classPath.add(entry);
            return this;
        }

        /**
         * Compiles {@code library} (file to text) with this program's debug information into {@code jar} and puts
         * the jar on the class path.
         */
        public Program jar(Path jar, Map<String, String> library) {
            Path classes = jar.resolveSibling(jar.getFileName() + ".classes");
            Program lib = new Program(classes).debugInfo(debugInfo);
            library.forEach(lib::source);
            lib.compile();
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return classPath(jar);
        }

        /** Compiles the sources; returns the class directory. */
        public Path compile() {
            try {
                Path src = dir.resolve("src");
                Files.createDirectories(dir);
                List<String> args = new ArrayList<>(List.of(debugInfo.flag, "-d", dir.toString()));
                if (!classPath.isEmpty()) {
                    args.addAll(List.of("-cp", joined(classPath)));
                }
                for (Map.Entry<String, String> source : sources.entrySet()) {
                    Path file = src.resolve(source.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, source.getValue());
                    args.add(file.toString());
                }
                ByteArrayOutputStream errors = new ByteArrayOutputStream();
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                if (javac.run(null, errors, errors, args.toArray(String[]::new)) != 0) {
                    throw new IllegalStateException("the test target did not compile:\n"
                            + errors.toString(StandardCharsets.UTF_8));
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Compiles the sources and prepares to run {@code main} with {@code args}. */
        public Launch launch(String main, String... args) {
            List<Path> path = new ArrayList<>();
            path.add(compile());
            path.addAll(classPath);
            return new Launch(joined(path), main, args);
        }

        /** Compiles the sources and prepares to run {@code main} to the line marked {@code marker} in its own source. */
        public Launch launchToMarker(String main, String marker) {
            String source = sources.get(main.replace('.', '/') + ".java");
            if (source == null) {
                throw new IllegalArgumentException("no source for " + main);
            }
            return launch(main).stopAt(main, lineOf(source, marker));
        }

        private static String joined(List<Path> entries) {
            return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
        }
    }

    /** How to start a compiled program: by default suspended under a JDWP agent, and attached to. */
    public static final class Launch {
        private final String classPath;
        private final String main;
        private final String[] args;
        private final List<String> jvmOptions = new ArrayList<>();
        private String java = java();
        private boolean agent = true;
        private boolean suspended = true;
        private boolean attach = true;
        private String ready;
        private String stopClass;
        private int stopLine;
        private TextLog out = new TextLog();

        /** Starts {@code java -cp CLASSPATH MAIN ARGS}, for a class path compiled elsewhere. */
        public Launch(String classPath, String main, String... args) {
            this.classPath = classPath;
            this.main = main;
            this.args = args;
        }

        /** The target runs from the start instead of waiting for a debugger. */
        public Launch running() {
            suspended = false;
            return this;
        }

        /** Leaves attaching to the code under test ({@link TargetJvm#port}). */
        public Launch unattached() {
            attach = false;
            return this;
        }

        /** No JDWP agent of ours: a plain process (its own {@code jvmOptions} may bring one). */
        public Launch withoutAgent() {
            agent = false;
            attach = false;
            return this;
        }

        /** Runs the target on this {@code java} executable instead of the tests' own JDK's. */
        public Launch on(String javaExecutable) {
            java = javaExecutable;
            return this;
        }

        public Launch jvmOptions(String... options) {
            jvmOptions.addAll(List.of(options));
            return this;
        }

        /** Collects the target's output into {@code log} instead of a new one. */
        public Launch output(TextLog log) {
            out = log;
            return this;
        }

        /** Returns only once the target has printed {@code text}. */
        public Launch ready(String text) {
            ready = text;
            return this;
        }

        /** Runs the target until a breakpoint at {@code line} of {@code className} stops it. */
        public Launch stopAt(String className, int line) {
            stopClass = className;
            stopLine = line;
            return this;
        }

        public TargetJvm start() {
            List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto"));
            if (agent) {
                command.add("-agentlib:jdwp=transport=dt_socket,server=y,suspend=" + (suspended ? "y" : "n")
                        + ",address=127.0.0.1:0");
            }
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classPath, main));
            command.addAll(List.of(args));
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DbgshellProcess.pump(process.getInputStream(), out, "target");
            try {
                int port = agent ? agentPort() : 0;
                VirtualMachine vm = attach ? attach(port) : null;
                ThreadReference thread = stopClass == null ? null : runTo(vm, stopClass, stopLine, suspended, out);
                if (ready != null) {
                    out.await(ready, START);
                }
                return new TargetJvm(process, port, vm, thread, out);
            } catch (RuntimeException | Error e) {
                process.destroyForcibly();
                throw e;
            } catch (Exception e) {
                process.destroyForcibly();
                throw new IllegalStateException("could not start the test target", e);
            }
        }

        private int agentPort() {
            Matcher port = LISTENING.matcher(out.awaitMatch(text -> LISTENING.matcher(text).find(), "the JDWP port", START));
            if (!port.find()) {
                throw new IllegalStateException("no JDWP port in: " + out.text());
            }
            return Integer.parseInt(port.group(1));
        }
    }

    /** Attaches to a JDWP agent on 127.0.0.1:{@code port}. */
    public static VirtualMachine attach(int port) throws IOException {
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.name().equals("com.sun.jdi.SocketAttach")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = socket.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(Integer.toString(port));
        arguments.get("timeout").setValue(Long.toString(START.toMillis()));
        try {
            return socket.attach(arguments);
        } catch (com.sun.jdi.connect.IllegalConnectorArgumentsException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resumes until a breakpoint at {@code line} of {@code className} hits; the event's thread stays stopped. */
    private static ThreadReference runTo(VirtualMachine vm, String className, int line, boolean suspended, TextLog out)
            throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        // A suspended agent suspends everything again when it sends VMStart; a resume sent before that event
        // can reach the agent first and be lost, so the start event's own set is the one to resume.
        EventSet start = suspended ? startEvent(vm, deadline) : null;
        ClassPrepareRequest prepare = vm.eventRequestManager().createClassPrepareRequest();
        prepare.addClassFilter(className);
        prepare.setSuspendPolicy(EventRequest.SUSPEND_ALL);
        prepare.enable();
        for (ReferenceType loaded : vm.classesByName(className)) {
            breakAt(vm, loaded, line);
        }
        if (start != null) {
            start.resume();
        } else {
            vm.resume();
        }
        for (long left = START.toMillis(); left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
            EventSet events = vm.eventQueue().remove(left);
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
                if (event instanceof VMDeathEvent || event instanceof VMDisconnectEvent) {
                    throw new IllegalStateException("the target ended before " + className + ":" + line
                            + "; it printed:\n" + out.text());
                }
            }
            // A running agent's start event (if any) suspended nothing: vm.resume() above already ran it.
            if (!(events.iterator().next() instanceof VMStartEvent)) {
                events.resume();
            }
        }
        throw new IllegalStateException("the target did not reach " + className + ":" + line + " within " + START);
    }

    private static EventSet startEvent(VirtualMachine vm, long deadline) throws InterruptedException {
        for (long left = START.toMillis(); left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
            EventSet events = vm.eventQueue().remove(left);
            if (events == null) {
                break;
            }
            if (events.iterator().next() instanceof VMStartEvent) {
                return events;
            }
            events.resume();
        }
        throw new IllegalStateException("the target sent no VMStart event within " + START);
    }

    private static void breakAt(VirtualMachine vm, ReferenceType type, int line) throws Exception {
        List<Location> locations = type.locationsOfLine(line);
        if (locations.isEmpty()) {
            throw new IllegalStateException("no code at " + type.name() + ":" + line);
        }
        BreakpointRequest request = vm.eventRequestManager().createBreakpointRequest(locations.get(0));
        request.setSuspendPolicy(EventRequest.SUSPEND_ALL);
        request.addCountFilter(1);
        request.enable();
    }
}
