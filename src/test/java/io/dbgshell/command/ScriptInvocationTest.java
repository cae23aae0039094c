package io.dbgshell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptInvocationTest {

    @Test
    void formsFollowTheWindbgTable() {
        assertThat(List.of(ScriptForm.values()))
                .extracting(ScriptForm::token, ScriptForm::allowsMoreCommands,
                        ScriptForm::condensed, ScriptForm::takesArguments, ScriptForm::echoesCommands)
                .containsExactly(
                        tuple("$<", false, false, false, true),
                        tuple("$><", false, true, false, true),
                        tuple("$$<", true, false, false, true),
                        tuple("$$><", true, true, false, true),
                        tuple("$$>a<", true, true, true, false));
    }

    @Test
    void longestTokenWins() {
        assertThat(ScriptForm.at("x $$>a<f", 2)).contains(ScriptForm.WITH_ARGUMENTS);
        assertThat(ScriptForm.at("$$><f", 0)).contains(ScriptForm.CONDENSED_CHAINABLE);
        assertThat(ScriptForm.at("$$<f", 0)).contains(ScriptForm.PLAIN_CHAINABLE);
        assertThat(ScriptForm.at("$><f", 0)).contains(ScriptForm.CONDENSED);
        assertThat(ScriptForm.at("$<f", 0)).contains(ScriptForm.PLAIN);
        assertThat(ScriptForm.at("$$ note", 0)).isEmpty();
    }

    @Test
    void singleDollarFileNameIsTheWholeRestQuotesRemoved() throws Exception {
        assertThat(ScriptInvocation.parse("$<", "a;b c.txt"))
                .isEqualTo(new ScriptInvocation(ScriptForm.PLAIN, "a;b c.txt", List.of()));
        assertThat(ScriptInvocation.parse("$><", "\"my file.txt\""))
                .isEqualTo(new ScriptInvocation(ScriptForm.CONDENSED, "my file.txt", List.of()));
    }

    @Test
    void doubleDollarFileNameMayHoldSpacesUnquoted() throws Exception {
        assertThat(ScriptInvocation.parse("$$<", "my file.txt").fileName()).isEqualTo("my file.txt");
        assertThat(ScriptInvocation.parse("$$><", "\"my file.txt\"").fileName()).isEqualTo("my file.txt");
    }

    @Test
    void doubleDollarFileNameMayNotHoldASemicolon() {
        assertThatThrownBy(() -> ScriptInvocation.parse("$$<", "a;b"))
                .isInstanceOf(CommandSyntaxException.class)
                .hasMessage("the file name of $$< may not contain ';': a;b");
    }

    @Test
    void leftoverAfterAQuotedNameIsNamed() {
        assertThatThrownBy(() -> ScriptInvocation.parse("$$<", "\"f.txt\" extra"))
                .isInstanceOf(CommandSyntaxException.class)
                .hasMessage("unexpected 'extra' after the file name of $$<");
    }

    @Test
    void missingFileNamesAreRefused() {
        for (String arguments : List.of("", "   ", "\"\"", "\" \"")) {
            assertThatThrownBy(() -> ScriptInvocation.parse("$$>a<", arguments))
                    .as("<%s>", arguments)
                    .isInstanceOf(CommandSyntaxException.class)
                    .hasMessage("$$>a< needs a file name");
        }
        assertThatThrownBy(() -> ScriptInvocation.parse("$<", ""))
                .hasMessage("$< needs a file name");
    }

    @Test
    void argumentsAreSpaceSeparatedWithQuotesGroupingSpaces() throws Exception {
        ScriptInvocation invocation = ScriptInvocation.parse("$$>a<", "s.txt  \"\"  a\tb \"c d\"");
        assertThat(invocation.form()).isEqualTo(ScriptForm.WITH_ARGUMENTS);
        assertThat(invocation.fileName()).isEqualTo("s.txt");
        assertThat(invocation.arguments()).containsExactly("", "a", "b", "c d");
    }

    @Test
    void argumentsMayNotHoldQuotesOrSemicolons() {
        assertThatThrownBy(() -> ScriptInvocation.parse("$$>a<", "s.txt ab\"c"))
                .hasMessage("script argument 'ab\"c' may not contain '\"'");
        assertThatThrownBy(() -> ScriptInvocation.parse("$$>a<", "s.txt \"a;b\""))
                .hasMessage("script argument 'a;b' may not contain ';'");
        assertThatThrownBy(() -> ScriptInvocation.parse("$$>a<", "s.txt \"a\"b"))
                .hasMessage("missing space after \"a\" in $$>a<");
        assertThatThrownBy(() -> ScriptInvocation.parse("$$>a<", "s.txt \"open"))
                .hasMessage("missing closing quote in $$>a< s.txt \"open");
    }

    @Test
    void otherNamesAreACallersMistake() {
        assertThatThrownBy(() -> ScriptInvocation.parse(".echo", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void argumentListIsImmutable() throws Exception {
        List<String> arguments = ScriptInvocation.parse("$$>a<", "s.txt a").arguments();
        assertThatThrownBy(() -> arguments.add("b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
