package io.dbgshell.command.builtin;

import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.command.ScriptForm;

import java.util.function.UnaryOperator;

/**
 * The dot-commands every session has, as a table: a command with arguments is one class and one
 * line here; a command that only does one thing through its context is just its row.
 */
public final class BuiltinCommands {
    private BuiltinCommands() {
    }

    public static CommandRegistry registry() {
        return registry(System::getenv);
    }

    /** The table, with {@code environment} standing for the host's environment variables ({@code password=*}). */
    public static CommandRegistry registry(UnaryOperator<String> environment) {
        CommandRegistry registry = new CommandRegistry()
                .register(new ServerCommand(environment))
                .register(new NoArgumentCommand(CommandInfo.of(".servers", "", "list this session's servers",
                        CommandTrait.LOOKS, CommandTrait.NEVER_WAITS),
                        context -> context.servers().list().forEach(server -> context.println(server.listingLine()))))
                .register(new EndsrvCommand())
                .register(new NoArgumentCommand(CommandInfo.of(".clients", "", "list everyone in the session, with their numbers and roles",
                        CommandTrait.LOOKS, CommandTrait.NEVER_WAITS),
                        context -> context.participantListing().forEach(context::println)))
                // the link of client N ends after it has been told; everyone else is told it left
                .register(new ClientCommand(CommandInfo.of(".kick", "N",
                        "host only: remove client N (see .clients) from the session",
                        CommandTrait.CHANGES, CommandTrait.HOST_ONLY), BuiltinCommands::kick))
                // client N is told, and its new role counts from its next line
                .register(new ClientCommand(CommandInfo.of(".readonly", "N on|off",
                        "host only: make client N an observer (on) or a driver (off)",
                        CommandTrait.CHANGES, CommandTrait.HOST_ONLY), BuiltinCommands::readonly))
                .register(new EchoCommand())
                .register(new NoArgumentCommand(CommandInfo.of(".cls", "", "clear your own screen",
                        CommandTrait.LOOKS, CommandTrait.NOT_IN_SCRIPTS), CommandContext::clearTypistScreen))
                .register(new HelpCommand())
                // an observer may leave: on a client, q changes nothing but its own presence
                .register(new NoArgumentCommand(CommandInfo.of("q", "",
                        "host: end the session for everyone; client: leave it", CommandTrait.LOOKS),
                        CommandContext::quit))
                .register(new NoArgumentCommand(CommandInfo.of("qq", "", "end the session for everyone, from anywhere",
                        CommandTrait.CHANGES), CommandContext::endSession))
                .register(new RemoteExitCommand())
                .register(LogStartCommand.OPEN)
                .register(LogStartCommand.APPEND)
                .register(new NoArgumentCommand(CommandInfo.of(".logclose", "", "close the transcript",
                        CommandTrait.CHANGES, CommandTrait.HOST_RESOURCES), LogTarget::close))
                .register(new NoArgumentCommand(CommandInfo.of(".logfile", "", "show the transcript's name, if one is open",
                        CommandTrait.LOOKS),
                        LogTarget::show));
        for (ScriptForm form : ScriptForm.values()) {
            registry.register(new RunScriptCommand(form));
        }
        return registry;
    }

    private static void kick(CommandContext context, int number, String rest) throws CommandException {
        if (!rest.isEmpty()) {
            throw new CommandException(".kick takes one client number, got '" + rest + "' after it");
        }
        context.kick(number);
    }

    private static void readonly(CommandContext context, int number, String rest) throws CommandException {
        if (!rest.equals("on") && !rest.equals("off")) {
            throw new CommandException(".readonly " + number + " needs on or off, got '" + rest + "'");
        }
        context.println(context.observe(number, rest.equals("on")));
    }
}
