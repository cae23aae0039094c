package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;
import io.dbgshell.engine.BreakpointIds;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.EventFilter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The breakpoint commands' arguments parse once into typed values; each error names its token. */
class BreakpointLineTest {

    @Test
    void optionsLocationPassesAndQuotedCommands() throws Exception {
        BreakpointLine line = BreakpointLine.parse("bp", "/1 com.example.Cart:42 5 \"dv; g\"");
        assertThat(line).isEqualTo(new BreakpointLine("com.example.Cart:42", true, 5, Optional.of("dv; g")));
        assertThat(line.spec().location()).isEqualTo(new CodeLocation.ClassLine("com.example.Cart", 42));
        assertThat(BreakpointLine.parse("bu", "Later:7")).isEqualTo(new BreakpointLine("Later:7", false, 1, Optional.empty()));
    }

    @Test
    void escapedQuotesAndBackslashesInCommandsAreUnescapedOnce() throws Exception {
        assertThat(BreakpointLine.parse("bp", "Loop:12 \".printf \\\"i=%d\\\\n\\\", i; g\"").commands())
                .contains(".printf \"i=%d\\n\", i; g");
    }

    @Test
    void malformedLinesFailNamingTheToken() {
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "/w \"x > 1\" Loop:12")).isInstanceOf(CommandException.class)
                .hasMessage("bp /w: conditions come with expressions, not yet supported");
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "/2 Loop:12")).hasMessage("bp: unknown option '/2' (only /1)");
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "")).hasMessageStartingWith("bp: expected a location");
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "Loop:12 x")).hasMessage("bp: 'x' is not a pass count (1-9999)");
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "Loop:12 0")).hasMessage("bp: '0' is not a pass count (1-9999)");
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "Loop:12 3 k")).hasMessage("bp: 'k' is not a pass count; commands go in double quotes");
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "Loop:12 \"k\" g")).hasMessage("bp: unexpected 'g' after the commands");
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "Loop:12 \"k; g")).hasMessage("missing closing quote in \"k; g");
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "Loop:x").spec()).hasMessage("bad location 'Loop:x': 'x' is not a line number");
    }

    @Test
    void everyLocationForm() throws Exception {
        assertThat(CodeLocation.parse("Cart.java:57")).isEqualTo(new CodeLocation.SourceLine("Cart.java", 57));
        assertThat(CodeLocation.parse("Outer$Inner:9")).isEqualTo(new CodeLocation.ClassLine("Outer$Inner", 9));
        assertThat(CodeLocation.parse("a.b.Loop.work")).isEqualTo(new CodeLocation.MethodEntry("a.b.Loop", "work", Optional.empty()));
        CodeLocation typed = CodeLocation.parse("Loop.work(int, java.lang.String[])");
        assertThat(typed).isEqualTo(new CodeLocation.MethodEntry("Loop", "work", Optional.of(List.of("int", "java.lang.String[]"))));
        assertThat(typed.text()).isEqualTo("Loop.work(int,java.lang.String[])");
        assertThat(CodeLocation.parse("Loop.<init>()").text()).isEqualTo("Loop.<init>()");
        assertThatThrownBy(() -> CodeLocation.parse("Loop")).hasMessageStartingWith("bad location 'Loop': expected Class:LINE");
        assertThatThrownBy(() -> CodeLocation.parse("Lo-op:3")).hasMessage("bad location 'Lo-op:3': 'Lo-op' is not a class name");
        assertThatThrownBy(() -> CodeLocation.parse("Loop.work(int")).hasMessage("bad location 'Loop.work(int': the argument types must end with one ')'");
        assertThatThrownBy(() -> CodeLocation.parse("Loop.wo-rk")).hasMessage("bad location 'Loop.wo-rk': 'wo-rk' is not a method name");
        assertThatThrownBy(() -> CodeLocation.parse("com.example.*.execute")).hasMessage("bad location "
                + "'com.example.*.execute': a location names one place; bm sets breakpoints on every method matching a wildcard");
        assertThatThrownBy(() -> CodeLocation.parse("Loop.wor?")).hasMessageEndingWith("matching a wildcard");
        assertThatThrownBy(() -> CodeLocation.parse("Loop.work(in t)")).hasMessage("bad location 'Loop.work(in t)': 'in t' is not a type name");
    }

    @Test
    void idsAndFilters() throws Exception {
        BreakpointIds ids = BreakpointIds.parse("1, 4-6 9");
        assertThat(List.of(0, 1, 4, 6, 7, 9)).filteredOn(ids::contains).containsExactly(1, 4, 6, 9);
        assertThat(BreakpointIds.parse("*").contains(1234)).isTrue();
        assertThatThrownBy(() -> BreakpointIds.parse("6-4")).isInstanceOf(EngineException.class).hasMessage("'6-4' is an empty range");
        assertThatThrownBy(() -> BreakpointIds.parse("a")).hasMessage("'a' is not a breakpoint ID (0-9999), ID-ID or *");
        assertThat(EventFilter.parse("ld:com.example.*")).isEqualTo(new EventFilter(EventFilter.Kind.CLASS_LOAD, "com.example.*"));
        assertThat(EventFilter.parse("ld").code()).isEqualTo("ld");
        assertThat(EventFilter.parse("ct").kind()).isEqualTo(EventFilter.Kind.THREAD_START);
        assertThat(EventFilter.parse("java.lang.IllegalStateException").kind()).isEqualTo(EventFilter.Kind.EXCEPTION);
        assertThatThrownBy(() -> EventFilter.parse("ld:a-b")).hasMessage("'a-b' is not a class name pattern");
        assertThatThrownBy(() -> EventFilter.parse("ct et")).hasMessage("one filter at a time, got 'ct et'");
        assertThatThrownBy(() -> EventFilter.parse("1x")).hasMessage("'1x' is not an exception class, *, ld[:PATTERN], ct, et, epr or out");
    }
}
