package io.dbgshell.cli;

import io.dbgshell.config.Locations;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code dbgshell} program: configures logging, parses options, exits with the mode's code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Locations locations = Locations.fromEnvironment(System.getenv());
        LibraryProperties.set(locations.logFile());
        // the one place the process exit code is set
        if (args.length > 0 && isCert(args[0])) {
            System.exit(commandLine(locations, true).execute(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        DbgshellCommand plain = new DbgshellCommand(locations);
        if (PlainArguments.fill(args, plain)) {
            System.exit(runPlain(plain));
        }
        System.exit(commandLine(locations, false).execute(args));
    }

    /**
     * The picocli model for these arguments. The {@code cert} tree is built only when asked for:
     * picocli builds its model by reflection, interpreted in a cold JVM, and the certificate
     * commands alone cost about a quarter of start-up.
     */
    static CommandLine commandLine(Locations locations, boolean cert) {
        if (cert) {
            CommandLine certLine = new CommandLine(new CertCommand(System.getenv(),
                    new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
            certLine.setCommandName("dbgshell cert");
            return certLine;
        }
        CommandLine commandLine = new CommandLine(new DbgshellCommand(locations));
        commandLine.setPosixClusteredShortOptionsAllowed(false);
        // everything after the target's 'java' is the target's own (dbgshell java -cp DIR Main -x)
        commandLine.setStopAtPositional(true);
        return commandLine;
    }

    /**
     * Runs a command line read without picocli, ending as picocli's {@code execute} ends one that
     * throws: the stack trace on stderr and exit code 1, rather than a JVM that other threads
     * may keep alive.
     */
    private static int runPlain(DbgshellCommand command) {
        try {
            return command.call();
        } catch (RuntimeException e) {
            e.printStackTrace();
            return ExitCodes.FAILURE;
        }
    }

    private static boolean isCert(String first) {
        return first.equals("cert");
    }
}
