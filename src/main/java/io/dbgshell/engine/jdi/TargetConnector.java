package io.dbgshell.engine.jdi;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.VirtualMachine;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachineDescriptor;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.function.Consumer;

/**
 * Gets a JVM to debug: starts one with a JDWP agent of its own, or connects to one whose agent
 * listens, by address or by process id (waking a dormant {@code onjcmd=y} agent the way
 * {@code jcmd PID VM.start_java_debugging} does). Every failure is one line for the user.
 */
final class TargetConnector {
    private static final Logger LOG = LoggerFactory.getLogger(TargetConnector.class);
    /** The agent dbgshell gives a JVM it launches: stopped before anything runs, on loopback, any free port. */
    static final String LAUNCH_AGENT = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0";
    /** How to start a JVM dbgshell can attach to later, for the message to a user whose JVM has no agent. */
    static final String HOW_TO_START = "start it with -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,"
            + "address=127.0.0.1:0 (add onjcmd=y to keep the agent dormant until dbgshell attaches)";
    /** The attach API's agent property naming a listening JDWP agent's address ({@code dt_socket:34561}). */
    private static final String LISTENER_ADDRESS = "sun.jdwp.listenerAddress";
    private static final String NOT_A_JVM = "process %d is not a JVM this user can attach to (.tlist lists them)";
    /**
     * Where {@code setsid} may be. A target started through it has a session of its own, outside the
     * terminal's foreground process group: the terminal's Ctrl-C and Ctrl-Z then reach dbgshell, which
     * breaks in, and not the target, which SIGINT would end (exit code 130) and SIGTSTP would stop.
     * Its standard input is never the terminal, so it loses nothing by it. Where there is no
     * {@code setsid} (not Linux), the target is started directly and shares the terminal's signals.
     */
    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));
    /** An argument a shell takes as it is, with no quotes. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
    private final Tunables tunables;
    private final Duration attachTimeout;
    private final Duration launchTimeout;
    private final Duration jcmdTimeout;
    private final Duration closeTimeout;
    private final int jcmdOutputBytes;
    private final int maxPacketBytes;

    TargetConnector(Tunables tunables) {
        this.tunables = tunables;
        this.attachTimeout = tunables.get(JdiSettings.ATTACH_TIMEOUT);
        this.launchTimeout = tunables.get(JdiSettings.LAUNCH_TIMEOUT);
        this.jcmdTimeout = tunables.get(JdiSettings.JCMD_TIMEOUT);
        this.closeTimeout = tunables.get(JdiSettings.CLOSE_TIMEOUT);
        this.jcmdOutputBytes = tunables.get(JdiSettings.JCMD_OUTPUT_BYTES);
        this.maxPacketBytes = tunables.get(JdiSettings.MAX_JDWP_PACKET_BYTES);
    }

    Target launch(List<String> command, Consumer<String> output) throws EngineException {
        Path java = javaExecutable(command.get(0));
        List<String> arguments = command.subList(1, command.size());
        for (String argument : arguments) {
            if (argument.startsWith("-agentlib:jdwp") || argument.startsWith("-Xrunjdwp")) {
                throw new EngineException("leave out '" + argument + "': dbgshell gives the target its own JDWP agent");
            }
        }
        List<String> line = new ArrayList<>();
        // a child of this JVM never leads a process group, so setsid execs java in place: same pid, same exit code
        SETSID.stream().filter(Files::isExecutable).findFirst().ifPresent(setsid -> line.add(setsid.toString()));
        line.add(java.toString());
        line.add(LAUNCH_AGENT);
        line.addAll(arguments);
        String description = shellWords(command);
        Process process;
        try {
            process = new ProcessBuilder(line).redirectErrorStream(true).start();
            process.getOutputStream().close(); // the target reads an empty standard input, never the user's keys
        } catch (IOException e) {
            LOG.debug("starting {} failed", line, e);
            throw new EngineException("cannot start " + java + ": " + e.getMessage());
        }
        TargetOutput drain = new TargetOutput(process.getInputStream(), output, tunables);
        try {
            int port = drain.port(launchTimeout);
            Connected connected = connect("127.0.0.1", port);
            return new Target(connected.vm(), connected.threadFacts(), Optional.of(process), Optional.of(drain),
                    process.pid(), description);
        } catch (TargetOutput.LaunchFailure e) {
            Target.destroy(process, closeTimeout);
            String code = process.isAlive() ? "" : " (exit code " + process.exitValue() + ")";
            throw new EngineException("java failed to start" + code + ": " + e.getMessage());
        } catch (EngineException e) {
            Target.destroy(process, closeTimeout);
            throw e;
        }
    }

    /**
     * The command as it would be typed at a shell: an argument with a space, a quote or any other
     * character a shell treats specially is in single quotes ({@code -sql 'select 1'}), so the
     * {@code Started} line shows where each argument begins and ends.
     */
    private static String shellWords(List<String> command) {
        return String.join(" ", command.stream().map(word -> PLAIN_WORD.matcher(word).matches() ? word
                : "'" + word.replace("'", "'\\''") + "'").toList());
    }

    Target attach(String host, int port) throws EngineException {
        Connected connected = connect(host, port);
        return new Target(connected.vm(), connected.threadFacts(), Optional.empty(), Optional.empty(), -1, host + ":" + port);
    }

    Target attach(long pid) throws EngineException {
        Properties agent = agentProperties(pid);
        String address = agent.getProperty(LISTENER_ADDRESS);
        if (address == null) {
            String jvmArgs = agent.getProperty("sun.jvm.args", "");
            if (!jvmArgs.contains("-agentlib:jdwp") || !jvmArgs.contains("onjcmd=y")) {
                throw new EngineException("JVM " + pid + " has no debugging agent: " + HOW_TO_START);
            }
            wakeDormantAgent(pid);
            address = agentProperties(pid).getProperty(LISTENER_ADDRESS);
            if (address == null) {
                throw new EngineException("JVM " + pid + "'s dormant debugging agent did not start listening");
            }
        }
        if (address.isEmpty()) {
            // the agent clears its address while a debugger is connected
            throw new EngineException("cannot attach to JVM " + pid + ": another debugger holds that JVM "
                    + "(its JDWP port takes one debugger at a time)");
        }
        String where = address.substring(address.indexOf(':') + 1);
        int colon = where.lastIndexOf(':');
        String host = colon < 0 || where.startsWith("*") || where.startsWith("0.0.0.0") ? "127.0.0.1" : where.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(where.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new EngineException("JVM " + pid + "'s debugging agent listens at '" + address + "', which dbgshell cannot reach");
        }
        Connected connected = connect(host, port);
        return new Target(connected.vm(), connected.threadFacts(), Optional.empty(), Optional.empty(), pid, "process " + pid);
    }

    /** {@code .tlist}: every JVM of this user on this machine, as {@code 0nPID MAIN-CLASS-OR-JAR ARGS}. */
    static List<String> localJvms() {
        List<String> lines = new ArrayList<>();
        for (VirtualMachineDescriptor jvm : com.sun.tools.attach.VirtualMachine.list()) {
            String name = jvm.displayName().isBlank() ? "(no main class known)" : jvm.displayName();
            lines.add("0n" + jvm.id() + " " + name);
        }
        return lines;
    }

    private static Path javaExecutable(String named) throws EngineException {
        if (named.equals("java")) {
            return Path.of(System.getProperty("java.home"), "bin", "java");
        }
        Path path = Path.of(named);
        if (path.getFileName() == null || !path.getFileName().toString().equals("java") || !Files.isExecutable(path)) {
            throw new EngineException("'" + named + "' is not a java executable: the command starts with java, "
                    + "e.g. java -cp DIR MainClass");
        }
        return path;
    }

    /** A JDI mirror and {@code ~}'s questions on its connection. */
    private record Connected(VirtualMachine vm, ThreadFacts threadFacts) {
    }

    private Connected connect(String host, int port) throws EngineException {
        String where = host + ":" + port;
        try {
            JdwpConnection connection = JdwpConnection.open(host, port, attachTimeout, maxPacketBytes);
            return new Connected(Bootstrap.virtualMachineManager().createVirtualMachine(connection),
                    new ThreadFacts(connection));
        } catch (ConnectException e) {
            throw new EngineException("cannot attach to " + where + ": nothing listens there, or another debugger "
                    + "holds that JVM (its JDWP port takes one debugger at a time)");
        } catch (UnknownHostException e) {
            throw new EngineException("cannot attach to " + where + ": unknown host '" + host + "'");
        } catch (SocketTimeoutException e) {
            throw new EngineException("cannot attach to " + where + ": no JDWP answer within "
                    + attachTimeout.toSeconds() + " s (is it a JDWP agent?)");
        } catch (JdwpConnection.NotJdwpException e) {
            throw new EngineException("cannot attach to " + where + ": it did not answer as a JDWP agent");
        } catch (IOException e) {
            LOG.debug("attaching to {} failed", where, e);
            throw new EngineException("cannot attach to " + where + ": " + e.getMessage());
        }
    }

    /**
     * The JVM's agent properties through the attach API, within the attach bound: a JVM whose threads
     * another debugger holds stopped never answers (its attach listener is stopped too), and the
     * thread asking is then left to its fate rather than the user's command.
     */
    private Properties agentProperties(long pid) throws EngineException {
        if (pid == ProcessHandle.current().pid()) {
            throw new EngineException("process " + pid + " is dbgshell itself");
        }
        String id = Long.toString(pid);
        if (com.sun.tools.attach.VirtualMachine.list().stream().noneMatch(jvm -> jvm.id().equals(id))) {
            // asking a process that is not a JVM would send it SIGQUIT, which ends most programs
            throw new EngineException(NOT_A_JVM.formatted(pid));
        }
        CompletableFuture<Properties> answer = new CompletableFuture<>();
        Thread asking = new Thread(() -> {
            try {
                com.sun.tools.attach.VirtualMachine jvm = com.sun.tools.attach.VirtualMachine.attach(id);
                try {
                    answer.complete(jvm.getAgentProperties());
                } finally {
                    jvm.detach();
                }
            } catch (AttachNotSupportedException | IOException | RuntimeException e) {
                answer.completeExceptionally(e);
            }
        }, "dbgshell-attach-api");
        asking.setDaemon(true);
        asking.start();
        try {
            return answer.get(attachTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new EngineException("JVM " + pid + " did not answer within " + attachTimeout.toSeconds()
                    + " s: another debugger probably holds it stopped");
        } catch (ExecutionException e) {
            LOG.debug("the attach API could not reach {}", pid, e.getCause());
            throw new EngineException(NOT_A_JVM.formatted(pid));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while asking JVM " + pid + " about its agent");
        }
    }

    /** Runs this JDK's {@code jcmd PID VM.start_java_debugging}, within the jcmd bound. */
    private void wakeDormantAgent(long pid) throws EngineException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.start_java_debugging")
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            boolean done = process.waitFor(jcmdTimeout.toNanos(), TimeUnit.NANOSECONDS);
            if (!done) {
                process.destroyForcibly();
                throw new EngineException("waking JVM " + pid + "'s debugging agent took over "
                        + jcmdTimeout.toSeconds() + " s");
            }
            try (InputStream said = process.getInputStream()) {
                LOG.debug("jcmd {} VM.start_java_debugging: {}", pid, new String(said.readNBytes(jcmdOutputBytes),
                        java.nio.charset.StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new EngineException("cannot run " + jcmd + " to wake JVM " + pid + "'s debugging agent: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waking JVM " + pid + "'s debugging agent");
        }
    }
}
