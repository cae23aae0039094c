package io.dbgshell.session;

import io.dbgshell.command.CommandRegistry;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.Engine;
import io.dbgshell.transport.Transports;

import java.time.Clock;
import java.util.Objects;

/** Assembles a {@link Session}; everything but the transports, commands and links has a default. */
public final class SessionBuilder {
    private Tunables tunables = Tunables.DEFAULTS;
    private Clock clock = new LocalClock();
    private CommandRegistry commands;
    private Transports transports;
    private Engine engine = Engine.NONE;
    private LinkLayer links;

    SessionBuilder() {
    }

    /** The values of the settings of the session, its links and its output. */
    public SessionBuilder tunables(Tunables value) {
        tunables = Objects.requireNonNull(value, "tunables");
        return this;
    }

    public SessionBuilder clock(Clock value) {
        clock = value;
        return this;
    }

    public SessionBuilder commands(CommandRegistry value) {
        commands = value;
        return this;
    }

    /** The debugger behind the prompt; without one, the session has nothing to debug. */
    public SessionBuilder engine(Engine value) {
        engine = Objects.requireNonNull(value, "engine");
        return this;
    }

    /** The host's side of the wire, which every connection to the session's servers gets. */
    public SessionBuilder links(LinkLayer value) {
        links = Objects.requireNonNull(value, "links");
        return this;
    }

    public SessionBuilder transports(Transports value) {
        transports = value;
        return this;
    }

    public Session build() {
        return new Session(tunables, clock, Objects.requireNonNull(commands, "commands"), engine,
                Objects.requireNonNull(transports, "transports"), Objects.requireNonNull(links, "links"));
    }
}
