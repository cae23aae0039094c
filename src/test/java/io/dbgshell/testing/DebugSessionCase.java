package io.dbgshell.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * What the end-to-end debugging tests share: a new {@link DebugSession} for each test, a directory
 * for the targets it compiles, and, when the test ends, the session closed and checked for JDI
 * exceptions and stack traces on the host's screen. A subclass's own {@code @BeforeEach} runs after
 * the session started.
 */
public abstract class DebugSessionCase {
    @TempDir
    protected Path dir;
    protected DebugSession s;

    @BeforeEach
    void startSession() throws Exception {
        s = DebugSession.start();
    }

    @AfterEach
    void endSession() {
        s.closeShowingNoInternals();
    }
}
