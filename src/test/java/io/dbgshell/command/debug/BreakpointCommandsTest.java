package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.BreakpointControl;
import io.dbgshell.engine.BreakpointIds;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.EventAction;
import io.dbgshell.engine.EventFilter;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each breakpoint command's row hands its parsed arguments to the right call, and prints what it returns. */
class BreakpointCommandsTest {
    private final List<String> calls = new ArrayList<>();
    private final List<String> printed = new ArrayList<>();
    private final CommandRegistry registry = BreakpointCommands.register(new CommandRegistry(), new RecordingControl());

    private void run(String name, String arguments) throws CommandException {
        Command command = registry.find(name).orElseThrow();
        command.execute(printingContext(), new CommandText(name, arguments, name + " " + arguments));
    }

    /**
     * A context with only {@code println} (and a typist who may store any breakpoint commands): these commands use nothing else. A proxy, so that the
     * context interface can grow without this test changing.
     */
    private CommandContext printingContext() {
        return (CommandContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CommandContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("checkStored")) {
                        return null; // the typist may store these commands: the session's check is tested with roles
                    }
                    if (!method.getName().equals("println")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    printed.add((String) args[0]);
                    return null;
                });
    }

    @Test
    void everyRowCallsTheEngineWithTypedValues() throws Exception {
        run("bp", "/1 Loop:12 3 \"dv; g\"");
        run("bu", "Later:5");
        run("bm", "Loo?.w* \"k\"");
        run("bd", "1-2");
        run("be", "*");
        run("bc", "4");
        run("sxe", "ld:Foo*");
        run("sxd", "java.io.IOException");
        run("sxn", "ct");
        run("sxi", "*");
        run("bl", "");
        run("sx", "");
        assertThat(calls).containsExactly(
                "set " + new BreakpointSpec(new CodeLocation.ClassLine("Loop", 12), true, 3, Optional.of("dv; g")) + " deferred=false",
                "set " + new BreakpointSpec(new CodeLocation.ClassLine("Later", 5), false, 1, Optional.empty()) + " deferred=true",
                "setMatching Loo?.w* " + new BreakpointSpec(new CodeLocation.MethodEntry("Loop", "work", Optional.empty()),
                        false, 1, Optional.of("k")),
                "enable " + BreakpointIds.parse("1-2") + " false",
                "enable " + BreakpointIds.ALL + " true",
                "clear " + BreakpointIds.parse("4"),
                "filter " + new EventFilter(EventFilter.Kind.CLASS_LOAD, "Foo*") + " BREAK",
                "filter " + new EventFilter(EventFilter.Kind.EXCEPTION, "java.io.IOException") + " SECOND_CHANCE",
                "filter " + new EventFilter(EventFilter.Kind.THREAD_START, "") + " OUTPUT",
                "filter " + new EventFilter(EventFilter.Kind.EXCEPTION, "*") + " IGNORE");
        assertThat(printed).containsExactly("set", "set", "matched", " 0 e bl line", "  ct - sx line");
    }

    @Test
    void failuresAreOneLine() {
        assertThatThrownBy(() -> run("bl", "x")).isInstanceOf(CommandException.class).hasMessage("bl takes no arguments, got 'x'");
        assertThatThrownBy(() -> run("bc", "")).hasMessage("expected breakpoint IDs: ID, ID-ID or *");
        assertThatThrownBy(() -> run("sxe", "")).hasMessage("expected an exception class, *, ld[:PATTERN], ct, et, epr or out");
        assertThatThrownBy(() -> run("bp", "Nowhere:1")).hasMessage("the engine said no");
    }

    @Test
    void baSetsAWatchpointAndAConditionThatDoesNotParseIsItsCaretLine() throws Exception {
        run("ba", "w Loop.total \"k\"");
        // under the condition's end on the typed line, behind "Error: " as wide as the prompt "0:000> "
        assertThatThrownBy(() -> run("bp", "/w \"i ==\" Loop:12")).isInstanceOf(CommandException.class)
                .message().startsWith(" ".repeat(11) + "^ Syntax error in 'i =='");
        assertThat(calls).containsExactly("set " + new BreakpointSpec(new CodeLocation.FieldAccess("Loop", "total", true), false, 1,
                Optional.of("k")) + " deferred=false");
    }

    @Test
    void everyBreakpointSettingCommandChangesTheTarget() {
        for (String name : List.of("bp", "bu", "bm", "ba")) {
            assertThat(registry.find(name).orElseThrow().info().traits()).as(name).contains(CommandTrait.CHANGES);
        }
    }

    private final class RecordingControl implements BreakpointControl {
        @Override
        public List<String> set(BreakpointSpec spec, boolean deferred) throws EngineException {
            if (spec.location().text().startsWith("Nowhere")) {
                throw new EngineException("the engine said no");
            }
            calls.add("set " + spec + " deferred=" + deferred);
            return List.of("set");
        }

        @Override
        public List<String> setMatching(String pattern, Function<CodeLocation, BreakpointSpec> specAt) {
            calls.add("setMatching " + pattern + " " + specAt.apply(new CodeLocation.MethodEntry("Loop", "work", Optional.empty())));
            return List.of("matched");
        }

        @Override
        public List<String> list() {
            return List.of(" 0 e bl line");
        }

        @Override
        public void clear(BreakpointIds ids) {
            calls.add("clear " + ids);
        }

        @Override
        public void enable(BreakpointIds ids, boolean enabled) {
            calls.add("enable " + ids + " " + enabled);
        }

        @Override
        public void filter(EventFilter filter, EventAction action) {
            calls.add("filter " + filter + " " + action);
        }

        @Override
        public List<String> filters() {
            return List.of("  ct - sx line");
        }
    }
}
