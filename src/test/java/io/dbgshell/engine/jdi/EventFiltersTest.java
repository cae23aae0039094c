package io.dbgshell.engine.jdi;

import com.sun.jdi.event.ExceptionEvent;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.EventAction;
import io.dbgshell.engine.EventFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.dbgshell.engine.jdi.CompiledTarget.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exception, thread and class-load filters on a real JVM, through {@link Breakpoints}. */
class EventFiltersTest {
    private static final int THROW = line(Programs.CART, "throw");

    @TempDir
    Path dir;
    private Path cart;
    private final Breakpoints breakpoints = new Breakpoints(Tunables.DEFAULTS);

    @BeforeEach
    void compile() {
        cart = Programs.cart(dir);
    }

    private String stopText(CompiledTarget target, String chance) {
        return stopText(target, 0, chance);
    }

    /** The athrow is at bytecode 0xd of Cart.total. */
    private String stopText(CompiledTarget target, int thread, String chance) {
        return "(" + Long.toHexString(target.pid()) + "." + Integer.toHexString(thread)
                + "): java.lang.IllegalStateException: cart is empty - " + chance
                + " chance\nCart.total+0xd [Cart.java @ " + THROW + "]:\n";
    }

    private static int thread(RulesPump pump, RulesPump.Stop stop) {
        return pump.threadNumber(((ExceptionEvent) stop.events().get(0)).thread());
    }

    @Test
    void byDefaultACaughtExceptionIsIgnoredAndAnUncaughtOneBreaksAsSecondChance() throws Exception {
        try (CompiledTarget target = CompiledTarget.launch(cart, "Cart")) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            RulesPump.Stop stop = pump.nextStop();
            assertThat(stop.announcement()).isEqualTo(stopText(target, "second"));
            stop.resume();
            pump.awaitEnd();
            assertThat(pump.announcements).hasSize(1);
        }
    }

    @Test
    void sxeOnASuperclassBreaksOnCaughtExceptionsFirstChanceAndAnnouncesEachThrowOnce() throws Exception {
        breakpoints.filter(EventFilter.parse("java.lang.RuntimeException"), EventAction.BREAK);
        breakpoints.filter(EventFilter.parse("ct"), EventAction.OUTPUT);
        try (CompiledTarget target = CompiledTarget.launch(cart, "Cart")) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            RulesPump.Stop first = pump.nextStop();
            assertThat(first.announcement()).isEqualTo(stopText(target, thread(pump, first), "first"));
            first.resume();
            RulesPump.Stop second = pump.nextStop();
            // two requests report the uncaught throw (RuntimeException's and the default's): one stop, one text
            assertThat(second.announcement()).isEqualTo(stopText(target, thread(pump, second), "second"));
            second.resume();
            pump.awaitEnd();
            assertThat(pump.announcements).filteredOn(text -> text.startsWith("(")).hasSize(2);
            assertThat(pump.announcements).anyMatch(text -> text.matches("Thread \\d+ started: \"worker\"\n"));
        }
    }

    /** Ant's failed task, a BuildException rethrown by nine finally blocks on its way out, stopped nine times. */
    @Test
    void anExceptionRethrownAndCaughtAgainIsNotANewFirstChanceButItsUncaughtEndIsTold() throws Exception {
        breakpoints.filter(EventFilter.parse("java.lang.IllegalStateException"), EventAction.BREAK);
        try (CompiledTarget target = CompiledTarget.launch(Programs.relay(dir), "Relay")) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            String prefix = "(" + Long.toHexString(target.pid()) + ".0): java.lang.IllegalStateException: relayed - ";
            String thrown = "Relay.fail+0x9 [Relay.java @ " + line(Programs.RELAY, "throw") + "]:\n";
            for (String expected : List.of(prefix + "first chance\n" + thrown, prefix + "first chance\n" + thrown)) {
                RulesPump.Stop stop = pump.nextStop();
                assertThat(stop.announcement()).isEqualTo(expected);
                stop.resume();
            }
            RulesPump.Stop uncaught = pump.nextStop();
            assertThat(uncaught.announcement()).startsWith(prefix + "second chance\nRelay.relay+0x");
            uncaught.resume();
            pump.awaitEnd();
            assertThat(pump.announcements).hasSize(3);
        }
    }

    @Test
    void sxiOnTheClassBeatsTheDefaultAndSxnOnlyTells() throws Exception {
        breakpoints.filter(EventFilter.parse("java.lang.IllegalStateException"), EventAction.IGNORE);
        breakpoints.filter(EventFilter.parse("java.lang.Exception"), EventAction.OUTPUT);
        try (CompiledTarget target = CompiledTarget.launch(cart, "Cart")) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            pump.awaitEnd();
            assertThat(pump.stopped()).isFalse();
            assertThat(pump.announcements).noneMatch(text -> text.contains("IllegalStateException"));
        }
        breakpoints.filter(EventFilter.parse("java.lang.IllegalStateException"), EventAction.OUTPUT);
        try (CompiledTarget target = CompiledTarget.launch(cart, "Cart")) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            pump.awaitEnd();
            assertThat(pump.stopped()).isFalse();
            assertThat(pump.announcements).containsSubsequence(stopText(target, "first"), stopText(target, "second"));
        }
    }

    @Test
    void sxListsEveryEventAndFilter() throws Exception {
        breakpoints.filter(EventFilter.parse("ld:com.example.*"), EventAction.BREAK);
        breakpoints.filter(EventFilter.parse("java.io.IOException"), EventAction.OUTPUT);
        breakpoints.filter(EventFilter.parse("et"), EventAction.SECOND_CHANCE);
        assertThat(breakpoints.filters()).containsExactly(
                "  ct - Thread started - ignore",
                "  et - Thread ended - second-chance break",
                " epr - Target exited - output",
                " out - Target output - output",
                "  ld - Class loaded - ignore",
                "ld:com.example.* - Class loaded - break",
                "   * - Every exception - second-chance break",
                "java.io.IOException - Exception - output");
        assertThatThrownBy(() -> breakpoints.filter(EventFilter.parse("epr"), EventAction.BREAK))
                .isInstanceOf(EngineException.class).hasMessage("epr can only be shown (sxn) or ignored (sxi)");
        breakpoints.filter(EventFilter.parse("out"), EventAction.IGNORE);
        assertThat(breakpoints.announceOutput()).isFalse();
        assertThat(breakpoints.announceExit()).isTrue();
    }
}
