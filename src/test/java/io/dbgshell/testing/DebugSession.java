package io.dbgshell.testing;

import io.dbgshell.client.ClientException;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.debug.DebugCommands;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.jdi.JdiDebugger;
import io.dbgshell.protocol.Identity;
import io.dbgshell.server.ServerEntry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.dbgshell.testing.Identities.ALICE;

/**
 * A real session debugging real JVMs, wired as {@code dbgshell} wires it: the JDI engine and every
 * debugging command at the host, and one remote client over tcp. The test types at the host (or
 * the client) and expects what follows on both screens, with deadlines.
 */
public final class DebugSession implements AutoCloseable {
    /** Long enough for a JVM to start, stop or end on a machine shared by many builds. */
    public static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern STARTED_PID = Pattern.compile("\\(process 0n(\\d+)\\)");

    public final JdiDebugger debugger;
    public final TestHost host;
    public final TestClient client;
    /** Where the next {@link #expect} looks in the host's screen: after what it found last. */
    private int hostFrom;
    private boolean closed;

    private DebugSession(JdiDebugger debugger, TestHost host, TestClient client) {
        this.debugger = debugger;
        this.host = host;
        this.client = client;
    }

    public static DebugSession start() throws ClientException {
        return start(Tunables.DEFAULTS);
    }

    public static DebugSession start(Tunables settings) throws ClientException {
        return start(settings, TestHost.fastSettings());
    }

    /** With the session's own settings ({@code session}) as well as the engine's. */
    public static DebugSession start(Tunables settings, Tunables session) throws ClientException {
        JdiDebugger debugger = JdiDebugger.create(settings);
        CommandRegistry commands = DebugCommands.registerAll(new CommandRegistry(), debugger);
        TestHost host = new TestHost(TestTransports::tcp, session, debugger.engine(), commands.all());
        try {
            // hostfiles: the client is a trusted colleague who may also attach, launch and read sources
            return new DebugSession(debugger, host, join(host, ",hostfiles", ALICE));
        } catch (ClientException | RuntimeException | Error e) {
            host.close();
            throw e;
        }
    }

    /**
     * Another client, {@code who}, joined through a server of its own started with {@code options}
     * ({@code ",readonly"}); the caller closes it.
     */
    public TestClient join(String options, Identity who) throws ClientException {
        return join(host, options, who);
    }

    private static TestClient join(TestHost host, String options, Identity who) throws ClientException {
        ServerEntry server = host.startServer("tcp:port=0" + options);
        TestClient joined = TestClient.join(host.transports,
                "tcp:server=127.0.0.1,port=" + TestTransports.port(server.spec()), who);
        host.console.log.await(who.user() + " (tcp 127.0.0.1:");
        joined.display.prompts.await("dbg> \n");
        return joined;
    }

    /**
     * Launches {@code java -cp CLASSES MAIN ARGUMENTS} with {@code .create} at the host and waits
     * until everyone sees it stopped before main; returns its process id.
     */
    public long create(Path classes, String main, String... arguments) {
        return create(classes.toString(), main, arguments);
    }

    /** As {@link #create(Path, String, String...)}, with a class path of several entries. */
    public long create(String classPath, String main, String... arguments) {
        String command = String.join(" ", main, String.join(" ", arguments)).strip();
        type(".create java -cp " + classPath + " " + command);
        String started = expect("^Started java -cp " + Pattern.quote(classPath) + " " + Pattern.quote(command)
                + " \\(process 0n\\d+\\), stopped before main$");
        awaitPrompt("0:000> ");
        Matcher pid = STARTED_PID.matcher(started);
        if (!pid.find()) {
            throw new AssertionError("no process id in '" + started + "'");
        }
        return Long.parseLong(pid.group(1));
    }

    /** Types a line at the host's console. */
    public void type(String line) {
        host.type(line);
    }

    /**
     * Waits until the host's screen shows a match of {@code regex} (multi-line: {@code ^} and
     * {@code $} at line ends) after what the last call found, then until the client's screen shows
     * the same text as often: host and client see the same. Returns the text.
     */
    public String expect(String regex) {
        String found = expectOnHost(regex);
        int times = TextLog.count(host.console.log.text().substring(0, hostFrom), found);
        client.log().awaitCount(found, times, WAIT);
        return found;
    }

    /** As {@link #expect}, on the host's screen only: the host acts on it as soon as it shows. */
    public String expectOnHost(String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
        int from = hostFrom;
        String[] found = new String[1];
        int[] end = new int[1];
        host.console.log.awaitMatch(text -> {
            Matcher matcher = pattern.matcher(text);
            if (!matcher.find(from)) {
                return false;
            }
            found[0] = matcher.group();
            end[0] = matcher.end();
            return true;
        }, "/" + regex + "/ after position " + from, WAIT);
        hostFrom = end[0];
        return found[0];
    }

    /** As {@link #expect}, for text taken literally. */
    public String expectText(String text) {
        return expect(Pattern.quote(text));
    }

    /** Waits until host and client both show {@code prompt} as their latest prompt. */
    public void awaitPrompt(String prompt) {
        awaitLastPrompt(Pattern.quote(prompt), "prompt '" + prompt + "'");
    }

    /**
     * Waits until host and client both show a stopped target's prompt ({@code 0:003> }): a stop's
     * text comes before its prompt, and a command that needs a stopped target typed in between
     * would be refused.
     */
    public void awaitStopped() {
        awaitLastPrompt("0:\\d{3}> ", "a stopped target's prompt");
    }

    private void awaitLastPrompt(String regex, String what) {
        Pattern last = Pattern.compile("(^|\n)" + regex + "\n$");
        for (RecordingConsole console : new RecordingConsole[] {host.console, client.display}) {
            console.prompts.awaitMatch(prompts -> last.matcher(prompts).find(), what, WAIT);
        }
    }

    /** As {@link #expect}, then waits until everyone's prompt says the target is stopped. */
    public String expectStop(String regex) {
        String found = expect(regex);
        awaitStopped();
        return found;
    }

    /** What the host's screen showed so far. */
    public String hostScreen() {
        return host.console.log.text();
    }

    /**
     * Ends the session as {@link #close} does, then checks that the host never showed a JDI
     * exception, a stack trace or an internal error: what a person reads is one line per problem.
     */
    public void closeShowingNoInternals() {
        close();
        org.assertj.core.api.Assertions.assertThat(hostScreen()).as("no JDI exception or stack trace reaches a person")
                .doesNotContain("com.sun.jdi").doesNotContain("\tat ").doesNotContain("internal error");
    }

    /** Ends the session (its end lets go of the target) and the client; more calls do nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        client.close();
        host.close();
    }
}
