package io.dbgshell.engine.jdi;

import com.sun.jdi.VMDisconnectedException;
import io.dbgshell.config.Tunables;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A JDI thread that ends with its target is logged, not printed; every other failure goes on as before. */
class JdiThreadFailuresTest {
    private final List<String> passedOn = new ArrayList<>();
    private final JdiThreadFailures handler = new JdiThreadFailures((thread, failure) ->
            passedOn.add(thread.getName() + ": " + failure.getClass().getSimpleName()));

    @Test
    void aJdiThreadEndingWithItsTargetIsKeptFromTheTerminal() {
        handler.uncaughtException(new Thread("JDI Event Control Thread"), new VMDisconnectedException());

        assertThat(passedOn).isEmpty();
    }

    @Test
    void otherFailuresReachTheHandlerThatWasThere() {
        handler.uncaughtException(new Thread("JDI Event Control Thread"), new IllegalStateException());
        handler.uncaughtException(new Thread("dbgshell-session"), new VMDisconnectedException());

        assertThat(passedOn).containsExactly("JDI Event Control Thread: IllegalStateException",
                "dbgshell-session: VMDisconnectedException");
    }

    @Test
    void theEngineInstallsItAsTheDefaultHandler() {
        JdiDebugger.create(Tunables.DEFAULTS);

        assertThat(Thread.getDefaultUncaughtExceptionHandler()).isInstanceOf(JdiThreadFailures.class);
    }
}
