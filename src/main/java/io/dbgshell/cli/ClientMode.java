package io.dbgshell.cli;

import io.dbgshell.client.ClientException;
import io.dbgshell.client.RemoteSession;
import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.config.Locations;
import io.dbgshell.config.Tunables;
import io.dbgshell.security.Secrets;
import io.dbgshell.protocol.Identity;
import io.dbgshell.shell.Console;
import io.dbgshell.shell.Consoles;
import io.dbgshell.shell.Repl;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.standard.StandardTransports;
import io.dbgshell.security.Password;
import io.dbgshell.transport.spec.PasswordSource;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.spec.TransportSyntaxException;

import java.util.Optional;

/** Joins a session with -remote: connect, prove the password, then relay lines until leaving. */
final class ClientMode {
    private final DbgshellCommand options;
    private final Locations locations;
    private final Tunables tunables;

    ClientMode(DbgshellCommand options, Locations locations, Tunables tunables) {
        this.options = options;
        this.locations = locations;
        this.tunables = tunables;
    }

    int run() {
        TransportSpec spec;
        try {
            // --password was asked for already: password=* takes that answer rather than asking again
            PasswordSource passwords = options.password == null ? AskedPassword.forThisProcess()
                    : () -> PasswordSource.checked(new String(options.password), "--password").orElseThrow();
            spec = TransportSpecParser.parse(options.remote, Role.CLIENT, passwords);
        } catch (TransportSyntaxException e) {
            return fail("-remote " + Secrets.mask(options.remote) + ": " + e.getMessage(), ExitCodes.USAGE);
        }
        Optional<Password> given;
        try {
            given = givenPassword();
        } catch (TransportSyntaxException e) {
            return fail(e.getMessage(), ExitCodes.USAGE);
        }
        try (Console console = Consoles.forThisProcess(locations.historyFile(), BuiltinCommands.registry());
             StandardTransports transports = new StandardTransports(new EventLoops(1), tunables, line -> console.print(line + "\n"), Identity.HostName.get())) {
            RemoteSession session;
            try {
                session = RemoteSession.join(transports.transports(), spec, tunables, Identity.local(),
                        () -> given.or(() -> askForPassword(console)), !console.interactive(), console);
            } catch (ClientException e) {
                return fail(e.getMessage(), ExitCodes.FAILURE);
            }
            if (options.commands != null) {
                session.send(options.commands);
            }
            Repl.start(console, session::send, session::sendBreak);
            RemoteSession.Outcome outcome = session.outcome().toCompletableFuture().join();
            return outcome.error().isPresent() ? fail(outcome.error().get(), outcome.exitCode()) : outcome.exitCode();
        }
    }

    /** The one place a client's failure becomes its {@code Error:} line; returns {@code exitCode}. */
    private static int fail(String message, int exitCode) {
        System.err.println("Error: " + message);
        return exitCode;
    }

    private Optional<Password> givenPassword() throws TransportSyntaxException {
        return options.password != null ? PasswordSource.checked(new String(options.password), "--password")
                : PasswordSource.fromEnvironment(System::getenv);
    }

    /**
     * Asks at the terminal, without echo, when the host wants a password and none was given. Only at
     * a terminal: from JDK 22 {@code System.console()} exists even when input is a pipe, and then
     * the first piped command would be taken as the password.
     */
    private static Optional<Password> askForPassword(Console console) {
        java.io.Console terminal = System.console();
        if (!console.interactive() || terminal == null) {
            return Optional.empty();
        }
        char[] typed = terminal.readPassword("Password: ");
        return typed == null ? Optional.empty() : Optional.ofNullable(Password.ofOrNull(new String(typed)));
    }
}
