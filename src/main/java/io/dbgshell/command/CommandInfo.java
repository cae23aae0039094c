package io.dbgshell.command;

import java.util.List;
import java.util.Set;

/**
 * A command's metadata, the row jdb would keep in its table.
 *
 * @param name     what the user types, lower case ({@code .server}, {@code q})
 * @param aliases  other names for it ({@code ?} for {@code .help})
 * @param synopsis the argument form for help ({@code TRANSPORT})
 * @param summary  one line of help
 * @param traits   properties the session and future roles check
 */
public record CommandInfo(String name, List<String> aliases, String synopsis, String summary, Set<CommandTrait> traits) {

    public static CommandInfo of(String name, String synopsis, String summary, CommandTrait... traits) {
        return new CommandInfo(name, List.of(), synopsis, summary, traits.length == 0 ? Set.of() : Set.of(traits));
    }

    public CommandInfo withAliases(String... names) {
        return new CommandInfo(name, List.of(names), synopsis, summary, traits);
    }

    public boolean has(CommandTrait trait) {
        return traits.contains(trait);
    }

    /** For a command that takes nothing: any text after its name is refused, so a typo there is not silently ignored. */
    public void requireNoArguments(String arguments) throws CommandException {
        if (!arguments.isBlank()) {
            throw new CommandException(name + " takes no arguments, got '" + arguments.strip() + "'");
        }
    }
}
