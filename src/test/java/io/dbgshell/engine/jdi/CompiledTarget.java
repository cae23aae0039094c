package io.dbgshell.engine.jdi;

import com.sun.jdi.VirtualMachine;
import io.dbgshell.testing.TargetJvm;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;

/**
 * The engine tests' entry into {@link TargetJvm}: a small program compiled with {@code -g}, launched
 * in its own JVM with a JDWP agent that waits for a debugger, and attached to with JDI. Source lines are
 * found by {@code // @name} markers, so tests never hard-code numbers.
 */
final class CompiledTarget implements AutoCloseable {
    static final long START_SECONDS = TargetJvm.START.toSeconds();

    private final TargetJvm target;
    final Process process;
    /** The JDWP agent's port. */
    final int port;
    /** The debugger's connection; null when the test left attaching to another debugger. */
    final VirtualMachine vm;
    /** What the target printed, both streams, line by line. */
    final List<String> output;

    private CompiledTarget(TargetJvm target) {
        this.target = target;
        this.process = target.process;
        this.port = target.port;
        this.vm = target.vm;
        this.output = new AbstractList<>() {
            @Override
            public String get(int index) {
                return target.out.text().lines().toList().get(index);
            }

            @Override
            public int size() {
                return (int) target.out.text().lines().count();
            }
        };
    }

    /** Writes {@code sources} (file name to text) under {@code dir} and compiles them into it with {@code -g}. */
    static Path compile(Path dir, Map<String, String> sources) {
        TargetJvm.Program program = TargetJvm.program(dir);
        sources.forEach(program::source);
        return program.compile();
    }

    /** The line of {@code // @marker} in {@code source}. */
    static int line(String source, String marker) {
        return TargetJvm.lineOf(source, "// @" + marker);
    }

    /** Starts {@code java -cp classes MAIN ARGS} suspended under a JDWP agent and attaches to it. */
    static CompiledTarget launch(Path classes, String main, String... args) {
        return new CompiledTarget(new TargetJvm.Launch(classes.toString(), main, args).start());
    }

    /** Starts the target suspended under a JDWP agent and leaves it for another debugger ({@link #port}). */
    static CompiledTarget launchWithoutDebugger(Path classes, String main, String... args) {
        return new CompiledTarget(new TargetJvm.Launch(classes.toString(), main, args).unattached().start());
    }

    static VirtualMachine attach(int port) throws Exception {
        return TargetJvm.attach(port);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        target.close();
    }
}
