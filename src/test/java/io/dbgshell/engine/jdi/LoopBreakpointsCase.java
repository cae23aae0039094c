package io.dbgshell.engine.jdi;

import io.dbgshell.config.Tunables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.dbgshell.engine.jdi.CompiledTarget.line;

/**
 * What the tests of {@link Breakpoints} on the real {@code Loop} program share: its lines, a
 * directory with {@code Loop} compiled into it for each test, and the breakpoints under test.
 */
abstract class LoopBreakpointsCase {
    static final int WORK = line(Programs.LOOP, "work");
    static final int LATER = line(Programs.LATER, "later");

    @TempDir
    Path dir;
    Path app;
    final Breakpoints breakpoints = new Breakpoints(Tunables.DEFAULTS);

    @BeforeEach
    void compile() {
        app = Programs.loop(dir);
    }
}
