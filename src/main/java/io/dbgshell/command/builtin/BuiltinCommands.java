package io.dbgshell.command.builtin;

import io.dbgshell.command.CommandRegistry;

/** The dot-commands every session has; adding one is one class and one line here. */
public final class BuiltinCommands {
    private BuiltinCommands() {
    }

    public static CommandRegistry registry() {
        return new CommandRegistry()
                .register(new ServerCommand())
                .register(new ServersCommand())
                .register(new EndsrvCommand())
                .register(new ClientsCommand())
                .register(new EchoCommand())
                .register(new ClsCommand())
                .register(new HelpCommand())
                .register(new QuitCommand())
                .register(new QuitSessionCommand());
    }
}
