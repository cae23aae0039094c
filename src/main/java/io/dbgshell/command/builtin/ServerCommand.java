package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.security.Secrets;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.transport.spec.PasswordSource;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.spec.TransportSyntaxException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code .server TRANSPORT}: starts one more server for this session. {@code password=*} takes the
 * password from the host's {@code DBGSHELL_PASSWORD}: the console is busy reading the next line, so
 * nothing can be asked there, and a client's {@code password=*} is refused rather than quietly
 * using the host's secret (the client gives its password itself; it is masked wherever shown).
 */
public final class ServerCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".server", "TRANSPORT",
            "start a debugging server (e.g. tcp:port=5005,password=P)",
            CommandTrait.CHANGES, CommandTrait.TAKES_TRANSPORT);

    private final UnaryOperator<String> environment;

    /** @param environment looks up an environment variable of the host ({@code System::getenv}) */
    public ServerCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, CommandText command) throws CommandException {
        String typed = Quotes.strip(command.arguments());
        if (typed.isEmpty()) {
            throw new CommandException(".server needs a transport, e.g. .server tcp:port=5005");
        }
        TransportSpec spec;
        try {
            spec = TransportSpecParser.parse(typed, Role.SERVER, passwords(context.fromHost()));
        } catch (TransportSyntaxException e) {
            throw new CommandException(e.getMessage());
        }
        ServerEntry server;
        try {
            server = context.servers().start(spec);
        } catch (TransportException e) {
            throw new CommandException("cannot start server '" + Secrets.mask(typed) + "': "
                    + e.getMessage());
        }
        announcement(typed, spec, server.spec()).forEach(context::println);
    }

    private PasswordSource passwords(boolean fromHost) {
        return () -> {
            if (!fromHost) {
                throw new TransportSyntaxException("password=* works only at the host (it reads the host's "
                        + PasswordSource.ENVIRONMENT_VARIABLE + "); from a client, give the password itself");
            }
            return PasswordSource.fromEnvironment(environment).orElseThrow(() -> new TransportSyntaxException(
                    "password=* reads the password from " + PasswordSource.ENVIRONMENT_VARIABLE
                            + ", which the host does not have set"));
        };
    }

    /**
     * What starting a server prints: the confirmation with the string as typed (password masked),
     * followed by the listing as bound when the system picked the port ({@code port=0}), the command
     * a colleague types to join (actual port, this host's name), and a note when a Windows-only
     * switch was given.
     */
    public static List<String> announcement(String typed, TransportSpec requested, TransportSpec bound) {
        List<String> lines = new ArrayList<>();
        lines.add("Server started with '" + Secrets.mask(typed) + "'"
                + (requested.anyPort() ? " as '" + bound.listing() + "'" : ""));
        String remote = bound.connectHint(Identity.HostName.get());
        lines.add((bound.reverse() ? "Client waits with: " : "Client can connect with: ")
                + "dbgshell -remote " + (remote.contains(" ") ? "\"" + remote + "\"" : remote));
        if (bound.icfEnable()) {
            lines.add("IcfEnable has no effect here: dbgshell opens no firewall ports (open them yourself if needed)");
        }
        return lines;
    }
}
