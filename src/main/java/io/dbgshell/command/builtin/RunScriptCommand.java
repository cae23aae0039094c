package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.command.ScriptForm;

/**
 * {@code $<}, {@code $><}, {@code $$<}, {@code $$><} and {@code $$>a<}: one instance per
 * {@link ScriptForm}, since the forms differ only in the properties the form carries. The file is
 * read and run on the host, whoever typed the command.
 */
public final class RunScriptCommand implements Command {
    private final ScriptForm form;
    private final CommandInfo info;

    public RunScriptCommand(ScriptForm form) {
        this.form = form;
        this.info = CommandInfo.of(form.token(), form.takesArguments() ? "FILE [ARGS]" : "FILE", summary(form),
                CommandTrait.CHANGES, CommandTrait.HOST_RESOURCES);
    }

    private static String summary(ScriptForm form) {
        return "run a script file on the host"
                + (form.condensed() ? " as one block" : " line by line")
                + (form.allowsMoreCommands() ? "" : " (the rest of the line is the name)")
                + (form.takesArguments() ? ", with ${$argN} arguments, showing only output" : "");
    }

    @Override
    public CommandInfo info() {
        return info;
    }

    @Override
    public void execute(CommandContext context, CommandText command) {
        context.runScript(command.script().orElseThrow(
                () -> new IllegalArgumentException(form.token() + " reached without its parsed file name")));
    }
}
