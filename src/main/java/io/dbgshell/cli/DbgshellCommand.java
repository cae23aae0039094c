package io.dbgshell.cli;

import io.dbgshell.config.Locations;
import io.dbgshell.config.Tunables;
import io.dbgshell.config.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The command line of SPEC §1; picks host, client or listing mode. */
@Command(name = "dbgshell", mixinStandardHelpOptions = true, versionProvider = DbgshellCommand.VersionText.class,
        sortOptions = false,
        description = "A debugger shell whose sessions can be shared (WinDbg .server style).",
        footer = {"", "Examples:",
                "  dbgshell -server tcp:port=5005:5010,password=s3cret",
                "  dbgshell -remote tcp:server=host,port=5005,password=s3cret",
                "  dbgshell java -cp build/classes com.example.Main",
                "  dbgshell -server tcp:port=5005 -p 4242",
                "  dbgshell -QR",
                "", "Keep the password out of ps: password=* in -server and -remote reads it from",
                "DBGSHELL_PASSWORD, else asks at the terminal without echo; in .server it reads",
                "the host's DBGSHELL_PASSWORD.",
                "", "Certificates for ssl and spipe: dbgshell cert create|list|export|import|delete (dbgshell cert --help)"})
final class DbgshellCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "-server", paramLabel = "TRANSPORT", description = "start a server before the first prompt (repeatable)")
    List<String> servers = new ArrayList<>();

    @Option(names = "-remote", paramLabel = "TRANSPORT", description = "join a session as a client")
    String remote;

    @Option(names = "-c", paramLabel = "CMDS", description = "commands to run after start-up (';'-separated); on a client they run on the host")
    String commands;

    // "$$" is picocli's escape for one "$", so "$$$$<" shows as "$$<"
    @Option(names = "-cf", paramLabel = "FILE", description = "a script to run once at start-up (as $$$$<FILE does), before -c")
    Path startupScript;

    @Option(names = "-noio", description = "the host's console neither reads input nor shows output")
    boolean noio;

    @Option(names = "-clines", paramLabel = "N", description = "lines of recent output a joining client sees (default ${DEFAULT-VALUE})")
    int clines = 100;

    @Option(names = "-logo", paramLabel = "FILE", description = "open a session transcript, overwriting FILE")
    Path logOverwrite;

    @Option(names = "-loga", paramLabel = "FILE", description = "open a session transcript, appending to FILE")
    Path logAppend;

    @Option(names = "-QR", arity = "0..1", fallbackValue = "", paramLabel = "HOST",
            description = "list the discoverable servers of this machine, then exit")
    String listServersOn;

    @Option(names = "-p", paramLabel = "PID", description = "attach to the local JVM with this process id (it stops; g runs it)")
    Long attachPid;

    @Parameters(paramLabel = "java ARGS", arity = "0..*",
            description = "start this Java program under the debugger, stopped before main")
    List<String> target = new ArrayList<>();

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            prompt = "Password: ", description = "with -remote: ask for the password without echo (or set DBGSHELL_PASSWORD)")
    char[] password;

    private final Locations locations;

    DbgshellCommand(Locations locations) {
        this.locations = locations;
    }

    @Override
    public Integer call() {
        if (listServersOn != null) {
            if (spec.commandLine().getParseResult().matchedOptions().size() > 1) {
                throw new ParameterException(spec.commandLine(), "-QR must be the only option");
            }
            return ListServersMode.forThisProcess(listServersOn).run();
        }
        String problem = problem();
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        return remote != null ? new ClientMode(this, locations, Tunables.DEFAULTS).run() : new HostMode(this, locations, Tunables.DEFAULTS).run();
    }

    /** What is wrong with this combination of options, if anything (-QR aside); null when they go together. */
    String problem() {
        if (remote != null) {
            if (!servers.isEmpty() || noio || startupScript != null || logOverwrite != null || logAppend != null
                    || attachPid != null || !target.isEmpty()) {
                return "-remote cannot be combined with -server, -noio, -cf, "
                        + "-logo, -loga, -p or a java command line (a client has no session of its own)";
            }
            return null;
        }
        if (password != null) {
            return "--password goes with -remote";
        }
        if (clines < 0) {
            return "-clines must be 0 or more, got " + clines;
        }
        if (attachPid != null && !target.isEmpty()) {
            return "give -p PID or a java command line, not both (one target per session)";
        }
        if (!target.isEmpty() && (target.size() < 2 || !target.get(0).equals("java") && !target.get(0).endsWith("/java"))) {
            return "unexpected '" + target.get(0) + "': a target is started as 'java [OPTIONS] CLASS|-jar JAR [ARGS]'";
        }
        if (logOverwrite != null && logAppend != null) {
            return "give -logo or -loga, not both";
        }
        return null;
    }

    /** {@code --version}: program and protocol version. */
    static final class VersionText implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"dbgshell " + Version.get() + " (protocol " + io.dbgshell.protocol.ProtocolVersion.CURRENT + ")"};
        }
    }
}
