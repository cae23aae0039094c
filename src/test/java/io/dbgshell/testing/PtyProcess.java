package io.dbgshell.testing;

import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.jni.JniNativePty;
import org.jline.terminal.impl.jni.JniTerminalProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code target/dbgshell} launcher on a real pseudo-terminal, as a person at a terminal
 * runs it: standard output (and, unless {@link Stdin#PIPE}, standard input) is the pty's slave,
 * which {@code setsid} makes the process's controlling terminal, so Ctrl-C raises SIGINT as it
 * would for a user. The test reads the master side as the {@link #screen} and types keystrokes,
 * control characters included, into it. Standard error stays a pipe ({@link #err}) so warnings
 * can be told apart from the screen.
 */
public final class PtyProcess implements AutoCloseable {
    /** Ctrl-C: the terminal's interrupt character. */
    public static final String CTRL_C = "\u0003";
    /** Ctrl-D: end of input at an empty line. */
    public static final String CTRL_D = "\u0004";
    public static final String TAB = "\t";
    public static final String ENTER = "\r";

    /** A terminal size wide enough that no test line wraps. */
    private static final Size SIZE = new Size(160, 40);

    /** Where standard input comes from. */
    public enum Stdin {
        /** The terminal: System.console() is non-null and JLine edits the line. */
        TERMINAL,
        /** A pipe from the test ({@link #typeLine}, {@link #closeInput}); only standard output is the terminal. */
        PIPE
    }

    private final JniNativePty pty;
    private final Process process;
    private final OutputStream keyboard;
    /** Everything the process wrote to the terminal, escape sequences included. */
    public final TextLog screen = new TextLog();
    public final TextLog err = new TextLog();

    private PtyProcess(JniNativePty pty, Process process, Stdin stdin) {
        this.pty = pty;
        this.process = process;
        this.keyboard = stdin == Stdin.TERMINAL ? masterOutput(pty) : process.getOutputStream();
        pump(masterInput(pty), screen, "screen");
        pump(process.getErrorStream(), err, "stderr");
    }

    /** Starts the launcher with {@code args} on a fresh pty; {@code home} becomes DBGSHELL_HOME. */
    public static PtyProcess start(Path home, Stdin stdin, String... args) {
        return start(home, Map.of(), stdin, args);
    }

    /** As {@link #start(Path, Stdin, String...)}, with {@code env} added to the environment. */
    public static PtyProcess start(Path home, Map<String, String> env, Stdin stdin, String... args) {
        JniNativePty pty = openPty();
        String redirects = stdin == Stdin.TERMINAL ? "<\"$DBGSHELL_TEST_TTY\" >\"$DBGSHELL_TEST_TTY\""
                : ">\"$DBGSHELL_TEST_TTY\"";
        List<String> command = new ArrayList<>(List.of("setsid", "-w", "sh", "-c",
                "exec \"$0\" \"$@\" " + redirects, DbgshellProcess.launcher().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DBGSHELL_TEST_TTY", pty.getName());
        builder.environment().put("DBGSHELL_HOME", home.toString());
        builder.environment().put("DBGSHELL_JAVA_OPTS", "-Duser.language=en -Duser.country=US");
        builder.environment().put("TERM", "xterm-256color");
        builder.environment().putAll(env);
        builder.redirectInput(stdin == Stdin.TERMINAL ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
                : ProcessBuilder.Redirect.PIPE);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            return new PtyProcess(pty, builder.start(), stdin);
        } catch (IOException e) {
            closeQuietly(pty);
            throw new UncheckedIOException(e);
        }
    }

    public static PtyProcess start(Path home, String... args) {
        return start(home, Stdin.TERMINAL, args);
    }

    /** Keystrokes as typed: nothing is added, so a line needs {@link #ENTER}. */
    public void keys(String keys) {
        try {
            keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole line: Enter on a terminal, a newline down a pipe. */
    public void typeLine(String line) {
        keys(line + (keyboard == process.getOutputStream() ? "\n" : ENTER));
    }

    /** End of input on a piped standard input. */
    public void closeInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The screen so far with escape sequences removed. */
    public String plainScreen() {
        return Ansi.strip(screen.text());
    }

    /** Waits until the screen, escape sequences removed, contains {@code expected}; returns that plain text. */
    public String awaitOnScreen(String expected) {
        return awaitOnScreen(expected, TextLog.DEFAULT_WAIT);
    }

    /** As {@link #awaitOnScreen(String)}, waiting at most {@code wait} (a JVM starting under load). */
    public String awaitOnScreen(String expected, Duration wait) {
        return Ansi.strip(screen.awaitMatch(t -> Ansi.strip(t).contains(expected), "'" + expected + "' on the screen", wait));
    }

    /** As {@link TextLog#awaitServerPort()}, on the plain screen. */
    public int awaitServerPort() {
        return screen.awaitServerPort(Ansi::strip);
    }

    /** Waits until the plain screen contains {@code expected} at least {@code times} times. */
    public String awaitOnScreen(String expected, int times) {
        return Ansi.strip(screen.awaitMatch(t -> TextLog.count(Ansi.strip(t), expected) >= times,
                times + " x '" + expected + "' on the screen", TextLog.DEFAULT_WAIT));
    }

    /** Whether the terminal is in the line mode a shell expects (canonical input, echo on), as before dbgshell ran. */
    public boolean inLineMode() {
        try {
            Attributes attributes = pty.getAttr();
            return attributes.getLocalFlag(Attributes.LocalFlag.ICANON) && attributes.getLocalFlag(Attributes.LocalFlag.ECHO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, as {@code kill PID} would send. */
    public void signalTerm() {
        process.destroy();
    }

    public int awaitExit(Duration wait) {
        try {
            if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("dbgshell did not exit within " + wait + "; screen:\n" + plainScreen()
                        + "\nstderr:\n" + err.text());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        closeQuietly(pty);
    }

    /** JLine's JNI implementation classes, kept in this one helper. */
    private static JniNativePty openPty() {
        try {
            return (JniNativePty) new JniTerminalProvider().open(null, SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a pty", e);
        }
    }

    private static InputStream masterInput(JniNativePty pty) {
        return pty.getMasterInput();
    }

    private static OutputStream masterOutput(JniNativePty pty) {
        return pty.getMasterOutput();
    }

    private static void closeQuietly(JniNativePty pty) {
        try {
            pty.close();
        } catch (IOException e) {
            // the test is over; a pty that will not close only leaks until the JVM ends
        }
    }

    private static void pump(InputStream stream, TextLog log, String name) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = stream.read(buffer)) >= 0) {
                    log.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // a pty master reports EIO once it is closed: the screen has ended
            }
            log.close();
        }, "pty-" + name);
        pump.setDaemon(true);
        pump.start();
    }
}
