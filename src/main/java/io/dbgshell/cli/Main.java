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
        LogSetup.toFile(locations.logFile());
        // the one place the process exit code is set
        System.exit(commandLine(locations).execute(args));
    }

    static CommandLine commandLine(Locations locations) {
        CommandLine commandLine = new CommandLine(new DbgshellCommand(locations));
        commandLine.addSubcommand("cert", new CertCommand(System.getenv(),
                new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
        commandLine.setPosixClusteredShortOptionsAllowed(false);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
