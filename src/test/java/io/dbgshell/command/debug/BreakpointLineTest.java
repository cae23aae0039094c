package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;
import io.dbgshell.engine.BreakpointIds;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.EventFilter;
import io.dbgshell.engine.expr.Expression;
import io.dbgshell.engine.expr.SyntaxError;
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
        assertThat(line).isEqualTo(new BreakpointLine("com.example.Cart:42", true, 5, Optional.of("dv; g"), Optional.empty()));
        assertThat(line.spec().location()).isEqualTo(new CodeLocation.ClassLine("com.example.Cart", 42));
        assertThat(BreakpointLine.parse("bu", "Later:7"))
                .isEqualTo(new BreakpointLine("Later:7", false, 1, Optional.empty(), Optional.empty()));
    }

    @Test
    void aConditionIsParsedOnceWithTheOtherOptions() throws Exception {
        BreakpointLine line = BreakpointLine.parse("bp", "/w \"i == 7 && s != null\" /1 Loop:12 \"dv\"");
        assertThat(line).isEqualTo(new BreakpointLine("Loop:12", true, 1, Optional.of("dv"),
                Optional.of(Expression.parse("i == 7 && s != null"))));
        assertThat(line.spec().condition()).map(Expression::text).hasValue("i == 7 && s != null");
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "/w i==7 Loop:12"))
                .hasMessage("bp /w: the condition goes in double quotes (/w \"i == 7\")");
        assertThatThrownBy(() -> BreakpointLine.parse("bu", "/w")).hasMessage("bu /w: the condition goes in double quotes (/w \"i == 7\")");
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "/w \"i > 0 && Math.max(i, 3) > 5\" Loop:12")).hasMessage("bp /w: "
                + "a condition may not call methods or use new ('max' at column 15): it runs at every hit; use ?? at a stop instead");
        assertThatThrownBy(() -> BreakpointLine.parse("bm", "/w \"new Object() != null\" Loop.w*"))
                .hasMessageStartingWith("bm /w: a condition may not call methods or use new ('new Object' at column 1)");
        // the caret stands under the column of the command line where the condition stops being Java: the *
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "/w \"i +* 2\" Loop:12")).isInstanceOf(CommandException.class)
                .hasMessage("          ^ Syntax error in 'i +* 2': " + syntaxError("i +* 2").reason());
        // a condition holding a string with one backslash is typed with four escapes; each takes two columns
        String condition = "s == \"\\\\\" +* 2";
        String typed = "/w \"" + condition.replace("\\", "\\\\").replace("\"", "\\\"") + "\" Loop:12";
        assertThatThrownBy(() -> BreakpointLine.parse("bp", typed)).isInstanceOf(CommandException.class)
                .hasMessage(" ".repeat(("bp " + typed).indexOf('*')) + "^ Syntax error in '" + condition + "': "
                        + syntaxError(condition).reason());
    }

    @Test
    void aWatchpointTakesItsAccessThenTheSameOptionsAsABreakpoint() throws Exception {
        BreakpointSpec spec = BreakpointLine.watch("w /1 Loop.total 3 \"k\"");
        assertThat(spec).isEqualTo(new BreakpointSpec(new CodeLocation.FieldAccess("Loop", "total", true), true, 3,
                Optional.of("k")));
        assertThat(spec.location().text()).isEqualTo("w Loop.total");
        assertThat(BreakpointLine.watch("r a.b.Outer$Inner.count").location())
                .isEqualTo(new CodeLocation.FieldAccess("a.b.Outer$Inner", "count", false));
        assertThatThrownBy(() -> BreakpointLine.watch("")).hasMessage("ba: expected r (read) or w (write), then Class.field");
        assertThatThrownBy(() -> BreakpointLine.watch("x Loop.total")).hasMessage("ba: 'x' is not an access: r (read) or w (write)");
        assertThatThrownBy(() -> BreakpointLine.watch("r")).hasMessage("ba: expected a field (Class.field)");
        assertThatThrownBy(() -> BreakpointLine.watch("r total")).hasMessage("ba: bad location 'total': expected Class.field");
        assertThatThrownBy(() -> BreakpointLine.watch("w Loop.to-tal")).hasMessage("ba: bad location 'Loop.to-tal': expected Class.field");
    }

    private static SyntaxError syntaxError(String text) {
        try {
            Expression.parse(text);
        } catch (SyntaxError e) {
            return e;
        }
        throw new AssertionError(text + " parsed");
    }

    @Test
    void escapedQuotesAndBackslashesInCommandsAreUnescapedOnce() throws Exception {
        assertThat(BreakpointLine.parse("bp", "Loop:12 \".printf \\\"i=%d\\\\n\\\", i; g\"").commands())
                .contains(".printf \"i=%d\\n\", i; g");
    }

    @Test
    void malformedLinesFailNamingTheToken() {
        assertThatThrownBy(() -> BreakpointLine.parse("bp", "/2 Loop:12")).isInstanceOf(CommandException.class)
                .hasMessage("bp: unknown option '/2' (/1 or /w)");
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
