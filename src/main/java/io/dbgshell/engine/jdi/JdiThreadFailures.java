package io.dbgshell.engine.jdi;

import com.sun.jdi.VMDisconnectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * JDI's own threads may fail when the target goes while they talk to it: its event controller, which
 * holds the target's events while the debugger's queue is long (a logpoint that never stops its
 * thread can fill it) and releases them again, then ends with a {@link VMDisconnectedException}.
 * Uncaught, that prints a stack trace on the host's terminal. As the process's default handler this
 * logs those failures instead and passes every other failure on as before: to the handler that was
 * installed, or printed as the JVM prints it.
 */
final class JdiThreadFailures implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JdiThreadFailures.class);
    /** The prefix of the names JDI gives its threads ({@code JDI Event Control Thread}, {@code JDI Target VM Interface}). */
    static final String JDI_THREADS = "JDI ";
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private final Thread.UncaughtExceptionHandler previous;

    JdiThreadFailures(Thread.UncaughtExceptionHandler previous) {
        this.previous = previous;
    }

    /** Makes this the default handler, once per process. */
    static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            Thread.setDefaultUncaughtExceptionHandler(new JdiThreadFailures(Thread.getDefaultUncaughtExceptionHandler()));
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        if (failure instanceof VMDisconnectedException && thread.getName().startsWith(JDI_THREADS)) {
            LOG.debug("{} ended: its target went", thread.getName());
        } else if (previous != null) {
            previous.uncaughtException(thread, failure);
        } else {
            // what the JVM does with no default handler; the thread's group would call this handler again
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            failure.printStackTrace(System.err);
        }
    }
}
