package io.dbgshell.testing;

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
 * The real {@code target/dbgshell} launcher as a user runs it, with piped standard streams: type
 * lines, wait for expected output with a deadline, check the exit code. English locale forced, as
 * the JDK's jdb tests do.
 */
public final class DbgshellProcess implements AutoCloseable {
    private final Process process;
    private final OutputStream stdin;
    public final TextLog out = new TextLog();
    public final TextLog err = new TextLog();

    private DbgshellProcess(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        pump(process.getInputStream(), out, "stdout");
        pump(process.getErrorStream(), err, "stderr");
    }

    /** Starts the launcher with {@code args}; {@code home} becomes DBGSHELL_HOME; {@code env} adds variables. */
    public static DbgshellProcess start(Path home, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DBGSHELL_HOME", home.toString());
        builder.environment().put("DBGSHELL_JAVA_OPTS", "-Duser.language=en -Duser.country=US");
        builder.environment().putAll(env);
        try {
            return new DbgshellProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DbgshellProcess start(Path home, String... args) {
        return start(home, Map.of(), args);
    }

    /** The launcher built by {@code mvn package}; failsafe passes its path. */
    public static Path launcher() {
        String path = System.getProperty("dbgshell.launcher");
        if (path == null) {
            throw new IllegalStateException("dbgshell.launcher is not set: run the *IT tests through 'mvn verify'");
        }
        return Path.of(path);
    }

    /** The diagnostics log under {@code home}; empty when nothing was logged (the file is made on the first line). */
    public static String log(Path home) {
        Path file = home.resolve("dbgshell.log");
        try {
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void type(String line) {
        try {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** End of input, as Ctrl-D or the end of a piped file. */
    public void closeInput() {
        try {
            stdin.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Waits for the process to exit and returns its exit code. */
    public int awaitExit(Duration wait) {
        try {
            if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("dbgshell did not exit within " + wait + "; stdout:\n" + out.text()
                        + "\nstderr:\n" + err.text());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public void signalTerm() {
        process.destroy();
    }

    public void kill() {
        process.destroyForcibly();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** Copies a process's output into {@code log} on a daemon thread, so the process never blocks on a full pipe. */
    static void pump(InputStream stream, TextLog log, String name) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (stream) {
                int n;
                while ((n = stream.read(buffer)) >= 0) {
                    log.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                log.append("[" + name + " read failed: " + e + "]");
            }
            log.close();
        }, "dbgshell-" + name);
        pump.setDaemon(true);
        pump.start();
    }
}
