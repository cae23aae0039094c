package io.dbgshell.engine.jdi;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.ProgramView;
import io.dbgshell.engine.jdi.symbols.LockView;
import io.dbgshell.engine.jdi.symbols.ModuleView;
import io.dbgshell.engine.jdi.symbols.SourceListing;
import io.dbgshell.engine.jdi.symbols.SourceSpot;
import io.dbgshell.engine.jdi.symbols.SymbolQuery;
import io.dbgshell.engine.jdi.symbols.SymbolView;
import io.dbgshell.engine.jdi.symbols.Wildcard;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The JDI engine's target as loaded, and its sources ({@code x}, {@code lm}, {@code !locks},
 * {@code .srcpath}, {@code lsa}, {@code ls}): each parses its argument first, then asks the target
 * under the engine's lock, and reads source files only after letting go of it, so a slow file
 * never holds up the target's events.
 */
final class JdiProgram implements ProgramView {
    private final JdiEngine engine;
    private final Sources sources;
    private final SymbolView symbols;
    private final ModuleView modules;
    private final LockView locks;
    private final SourceListing listing;

    JdiProgram(JdiEngine engine, Tunables tunables) {
        this.engine = engine;
        this.sources = engine.sources();
        this.symbols = new SymbolView(tunables);
        this.modules = new ModuleView(tunables);
        this.locks = new LockView(tunables);
        this.listing = new SourceListing(tunables);
    }

    @Override
    public List<String> symbols(String pattern) throws EngineException {
        SymbolQuery query = SymbolQuery.parse(pattern);
        return engine.withTarget(vm -> symbols.lines(vm, query));
    }

    @Override
    public List<String> modules(String pattern) throws EngineException {
        Optional<Wildcard> rows = pattern.isBlank() ? Optional.empty() : Optional.of(Wildcard.parse(pattern.strip()));
        return engine.withTarget(vm -> modules.lines(vm, rows));
    }

    @Override
    public List<String> locks() throws EngineException {
        return engine.whileStopped(stop -> {
            // threads new to the engine get their numbers in the target's order, as ~ gives them,
            // not in whatever order the view's sort happens to ask about them
            stop.vm().allThreads().forEach(stop.numbers()::applyAsInt);
            return locks.lines(stop.vm(), stop.numbers());
        });
    }

    @Override
    public List<String> sourcePath(String arguments) throws EngineException {
        if (arguments.isBlank()) {
            return List.of(sources.path().describe());
        }
        // relative directories are the host's: dbgshell runs there, and reads the files there
        return sources.change(arguments, Path.of("").toAbsolutePath());
    }

    @Override
    public List<String> listAround(String location) throws EngineException {
        if (location.isBlank()) {
            throw new EngineException("lsa needs a LOCATION: Class:LINE, File.java:LINE or Class.method");
        }
        SourceSpot spot = SourceSpot.parse(location);
        SourceSpot.Place place = engine.withTarget(spot::resolve);
        return listing.around(place, sources.path(), sources.files());
    }

    @Override
    public List<String> listMore() throws EngineException {
        return listing.more();
    }
}
