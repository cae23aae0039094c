package io.dbgshell.command.builtin;

import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.ScriptForm;

/** The dot-commands every session has; adding one is one class and one line here. */
public final class BuiltinCommands {
    private BuiltinCommands() {
    }

    public static CommandRegistry registry() {
        CommandRegistry registry = new CommandRegistry()
                .register(new ServerCommand())
                .register(new ServersCommand())
                .register(new EndsrvCommand())
                .register(new ClientsCommand())
                .register(new EchoCommand())
                .register(new ClsCommand())
                .register(new HelpCommand())
                .register(new QuitCommand())
                .register(new QuitSessionCommand())
                .register(new RemoteExitCommand())
                .register(new LogOpenCommand())
                .register(new LogAppendCommand())
                .register(new LogCloseCommand())
                .register(new LogFileCommand());
        for (ScriptForm form : ScriptForm.values()) {
            registry.register(new RunScriptCommand(form));
        }
        return registry;
    }
}
