package io.dbgshell.engine.jdi;

import com.sun.jdi.IntegerValue;
import com.sun.jdi.StackFrame;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.LocatableEvent;
import io.dbgshell.engine.BreakpointIds;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.expr.Expression;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Watchpoints ({@code ba}) and conditions ({@code bp /w}) on real JVMs, through {@link Breakpoints} and a minimal event pump. */
class ConditionsAndWatchpointsTest extends LoopBreakpointsCase {
    private CompiledTarget loop(int calls) {
        return CompiledTarget.launch(app, "Loop", Integer.toString(calls), dir.resolve("later").toString());
    }

    private static BreakpointSpec conditional(String condition, String location) throws Exception {
        return new BreakpointSpec(CodeLocation.parse(location), false, 1, Optional.empty(), Optional.of(Expression.parse(condition)));
    }

    private static BreakpointSpec watch(String access, String field, int passes) throws EngineException {
        return new BreakpointSpec(CodeLocation.FieldAccess.parse(access, field), false, passes, Optional.empty());
    }

    @Test
    void aWriteWatchpointSaysTheOldAndNewValueAndItsPassCountCountsWrites() throws Exception {
        try (CompiledTarget target = loop(6)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            RulesPump.Stop start = pump.nextStop();
            assertThat(breakpoints.set(watch("w", "Loop.total", 4), false)).containsExactly("Breakpoint 0 is deferred until Loop loads");
            start.resume();
            RulesPump.Stop stop = pump.nextStop();
            assertThat(stop.announcement()).matches("Breakpoint 0 hit\nLoop\\.total written: 3 -> 6\n"
                    + "Loop\\.work\\+0x[0-9a-f]+ \\[Loop\\.java @ " + WORK + "]:\n");
            assertThat(breakpoints.list()).containsExactly(" 0 e    0001 (0004)  0:**** w Loop.total");
            assertThat(argument(stop)).isEqualTo(3);
            breakpoints.clear(BreakpointIds.ALL);
            stop.resume();
            pump.awaitEnd();
            assertThat(pump.breakpointEvents).hasValue(1); // the first three writes were counted in the target
        }
    }

    @Test
    void aReadWatchpointOnAnInstanceFieldWaitsForItsClassInEveryClassLoader() throws Exception {
        assertThat(breakpoints.set(watch("r", "Later.count", 1), false)).containsExactly("Breakpoint 0 is deferred until Later loads");
        assertThat(breakpoints.list()).containsExactly(" 0 eu   0001 (0001)  0:**** (r Later.count)");
        try (CompiledTarget target = loop(0)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            for (int loader = 0; loader < 2; loader++) {
                RulesPump.Stop stop = pump.nextStop();
                assertThat(stop.announcement()).matches("Breakpoint 0 hit\nLater\\.count of \\{Later@0x[0-9a-f]+} read: 0\n"
                        + "Later\\.run\\+0x[0-9a-f]+ \\[Later\\.java @ " + LATER + "]:\n");
                assertThat(breakpoints.list()).containsExactly(" 0 e    0001 (0001)  0:**** r Later.count");
                stop.resume();
            }
            pump.awaitEnd();
        }
    }

    @Test
    void aFieldThatDoesNotExistIsOneLineWhetherItsClassIsLoadedOrLoadsLater() throws Exception {
        breakpoints.set(watch("w", "Later.nosuch", 1), false);
        breakpoints.set(new BreakpointSpec(CodeLocation.parse("Loop:" + WORK), false, 1, Optional.empty()), false);
        try (CompiledTarget target = loop(1)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            RulesPump.Stop stop = pump.nextStop(); // Loop is loaded by now
            assertThatThrownBy(() -> breakpoints.set(watch("r", "Loop.nosuch", 1), false)).isInstanceOf(EngineException.class)
                    .hasMessage("Loop has no field named nosuch");
            breakpoints.clear(BreakpointIds.parse("1"));
            stop.resume();
            pump.awaitEnd();
            assertThat(pump.announcements).contains("Breakpoint 0 not set in Later: Later has no field named nosuch\n");
        }
    }

    @Test
    void aTargetThatCannotWatchFieldsIsToldInOneLine() throws Exception {
        try (CompiledTarget target = loop(0)) {
            breakpoints.attached(withoutWatchpoints(target.vm), new OneThreadContext(target.pid()));
            assertThatThrownBy(() -> breakpoints.set(watch("r", "Loop.total", 1), false))
                    .hasMessage("this target's VM cannot watch field reads (canWatchFieldAccess is false)");
            assertThatThrownBy(() -> breakpoints.set(watch("w", "Loop.total", 1), false))
                    .hasMessage("this target's VM cannot watch field writes (canWatchFieldModification is false)");
            assertThat(breakpoints.list()).isEmpty();
        }
    }

    @Test
    void aConditionStopsOnlyWhereItIsTrue() throws Exception {
        breakpoints.set(conditional("i == 7", "Loop:" + WORK), false);
        assertThat(breakpoints.list()).containsExactly(" 0 eu   0001 (0001)  0:**** (Loop:" + WORK + ") /w \"i == 7\"");
        try (CompiledTarget target = loop(20)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            RulesPump.Stop stop = pump.nextStop();
            assertThat(stop.announcement()).isEqualTo("Breakpoint 0 hit\nLoop.work+0x0 [Loop.java @ " + WORK + "]:\n");
            assertThat(argument(stop)).isEqualTo(7);
            stop.resume();
            pump.awaitEnd();
            assertThat(pump.breakpointEvents).hasValue(20);
            assertThat(pump.announcements).hasSize(1);
        }
    }

    @Test
    void aConditionThatCannotBeEvaluatedStopsOnceAndSaysWhy() throws Exception {
        breakpoints.set(new BreakpointSpec(CodeLocation.parse("Loop:" + WORK), false, 1, Optional.of("g"),
                Optional.of(Expression.parse("nosuch > 1"))), false);
        try (CompiledTarget target = loop(5)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            RulesPump.Stop stop = pump.nextStop();
            assertThat(stop.announcement()).isEqualTo("Breakpoint 0 hit\n"
                    + "Condition 'nosuch > 1' cannot be evaluated: unknown name 'nosuch' (told once; hits where it fails go on)\n"
                    + "Loop.work+0x0 [Loop.java @ " + WORK + "]:\n");
            assertThat(stop.verdicts()).allMatch(verdict -> verdict.commands().isEmpty()); // not the logpoint's g
            assertThat(argument(stop)).isZero();
            stop.resume();
            pump.awaitEnd();
            assertThat(pump.breakpointEvents).hasValue(5);
            assertThat(pump.announcements).hasSize(1);
        }
    }

    /** The target's VM as one that lacks JDI's optional field-watching capabilities. */
    private static VirtualMachine withoutWatchpoints(VirtualMachine vm) {
        return (VirtualMachine) Proxy.newProxyInstance(VirtualMachine.class.getClassLoader(), new Class<?>[] {VirtualMachine.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("canWatchField")) {
                        return false;
                    }
                    try {
                        return method.invoke(vm, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static int argument(RulesPump.Stop stop) throws Exception {
        List<LocatableEvent> hits = new ArrayList<>();
        stop.events().stream().filter(LocatableEvent.class::isInstance).map(LocatableEvent.class::cast).forEach(hits::add);
        StackFrame frame = hits.get(0).thread().frame(0);
        return ((IntegerValue) frame.getValue(frame.visibleVariableByName("i"))).value();
    }
}
