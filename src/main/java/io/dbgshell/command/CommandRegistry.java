package io.dbgshell.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table of commands by name and alias. The session hands each command to whoever owns its name
 * through {@link #find}; a debugging engine will register its commands the same way.
 */
public final class CommandRegistry {
    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final List<Command> commands = new ArrayList<>();

    public CommandRegistry register(Command command) {
        CommandInfo info = command.info();
        put(info.name(), command);
        info.aliases().forEach(alias -> put(alias, command));
        commands.add(command);
        return this;
    }

    private void put(String name, Command command) {
        if (byName.putIfAbsent(name.toLowerCase(Locale.ROOT), command) != null) {
            throw new IllegalArgumentException("two commands named " + name);
        }
    }

    public Optional<Command> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every command once, in registration order. */
    public List<Command> all() {
        return Collections.unmodifiableList(commands);
    }

    /** Every name and alias, for completion. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
