package io.dbgshell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineSplitterTest {

    private static List<CommandText> split(String line) throws CommandSyntaxException {
        return CommandLineSplitter.split(line);
    }

    private static List<String> texts(String line) throws CommandSyntaxException {
        return split(line).stream().map(CommandText::text).toList();
    }

    @Test
    void separatesCommandsAtSemicolonsAndSkipsEmptyPieces() throws Exception {
        assertThat(split(" .servers ;; .clients  ;  ;.endsrv   0 ;"))
                .containsExactly(
                        new CommandText(".servers", "", ".servers"),
                        new CommandText(".clients", "", ".clients"),
                        new CommandText(".endsrv", "0", ".endsrv   0"));
    }

    @Test
    void emptyAndBlankLinesHoldNoCommands() throws Exception {
        assertThat(split("")).isEmpty();
        assertThat(split("  \t ; ;")).isEmpty();
    }

    @Test
    void lowerCasesDotCommandNamesOnly() throws Exception {
        assertThat(split(".ECHO Hi There; .Server tcp:port=7; Q"))
                .extracting(CommandText::name, CommandText::arguments)
                .containsExactly(
                        tuple(".echo", "Hi There"),
                        tuple(".server", "tcp:port=7"),
                        tuple("Q", ""));
    }

    @Test
    void anEscapedQuoteInsideQuotesDoesNotEndThem() throws Exception {
        assertThat(split("bp Loop:9 \".printf \\\"a;b\\\\n\\\", i; g\"; .printf \"x;y\\n\", i; k"))
                .extracting(CommandText::name, CommandText::arguments)
                .containsExactly(
                        tuple("bp", "Loop:9 \".printf \\\"a;b\\\\n\\\", i; g\""),
                        tuple(".printf", "\"x;y\\n\", i"),
                        tuple("k", ""));
    }

    @Test
    void quotedEchoTextKeepsSemicolons() throws Exception {
        assertThat(split(".echo \"text; with semicolons\"; .servers"))
                .containsExactly(
                        new CommandText(".echo", "\"text; with semicolons\"", ".echo \"text; with semicolons\""),
                        new CommandText(".servers", "", ".servers"));
    }

    @Test
    void unquotedEchoTextRunsToTheFirstSemicolonAndMayHoldQuotesInside() throws Exception {
        assertThat(split(".echo say \"hi; there"))
                .containsExactly(
                        new CommandText(".echo", "say \"hi", ".echo say \"hi"),
                        new CommandText("there", "", "there"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bp Loop:12 "dv; g"                 | bp Loop:12 "dv; g"
            bp Loop:12 "dv; g"; bl             | bp Loop:12 "dv; g" / bl
            bu a.B:1 "k;dv;g" ;; bl ; k        | bu a.B:1 "k;dv;g" / bl / k
            x "a;b" "c;d"; y                   | x "a;b" "c;d" / y
            bp X "" ; g                        | bp X "" / g
            $$>a< f.txt "x y"; .echo "a;b"     | $$>a< f.txt "x y" / .echo "a;b"
            $$ don't "quote; .echo comments    | $$ don't "quote / .echo comments
            .echo "a; b"; bp X "c; d"          | .echo "a; b" / bp X "c; d"
            """)
    void quotesProtectSemicolonsInEveryCommand(String line, String expected) throws Exception {
        assertThat(texts(line)).containsExactly(expected.split(" / "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bp Loop:12 "dv; g        | bp Loop:12 "dv; g
            .servers; bp X "a        | bp X "a
            x "a" "b; c              | x "a" "b; c
            q "                      | q "
            """)
    void aQuoteLeftOpenIsAnErrorNamingTheCommand(String line, String command) {
        assertThatThrownBy(() -> split(line))
                .isInstanceOf(CommandSyntaxException.class)
                .hasMessage("missing closing quote in '" + command + "'");
    }

    @Test
    void aQuoteLeftOpenNeverShowsAPassword() {
        assertThatThrownBy(() -> split(".server tcp:port=1,password=s3cret \""))
                // the masker takes the value as the parser would: everything up to the next ',', the quote too
                .hasMessage("missing closing quote in '.server tcp:port=1,password=*'");
    }

    @Test
    void echoWithoutTextAndEchoFollowedBySemicolon() throws Exception {
        assertThat(texts(".echo;.echo")).containsExactly(".echo", ".echo");
    }

    @Test
    void echoIsRecognisedInAnyCase() throws Exception {
        assertThat(texts(".EcHo \"a;b\";x")).containsExactly(".EcHo \"a;b\"", "x");
    }

    @Test
    void remoteExitTakesTheRestOfTheLineAsItsCommands() throws Exception {
        assertThat(split(".servers; .REMOTE_EXIT .echo bye; .clients"))
                .containsExactly(new CommandText(".servers", "", ".servers"),
                        new CommandText(".remote_exit", ".echo bye; .clients", ".REMOTE_EXIT .echo bye; .clients"));
    }

    @Test
    void srcpathTakesTheRestOfTheLineAsItsDirectoriesAndEndsAtASemicolonWithoutThem() throws Exception {
        assertThat(split("k; .SRCPATH /src/a;+b ;c"))
                .containsExactly(new CommandText("k", "", "k"),
                        new CommandText(".srcpath", "/src/a;+b ;c", ".SRCPATH /src/a;+b ;c"));
        assertThat(texts(".srcpath ; lsa Main:3")).containsExactly(".srcpath", "lsa Main:3");
        assertThat(texts(".srcpath")).containsExactly(".srcpath");
    }

    @Test
    void unclosedEchoQuoteIsRefused() {
        assertThatThrownBy(() -> split(".echo \"no end; .servers"))
                .isInstanceOf(CommandSyntaxException.class)
                .hasMessage("missing closing quote in .echo \"no end; .servers");
    }

    @Test
    void lineAtTheLimitIsAcceptedAndOneCharacterMoreIsRefused() throws Exception {
        String atLimit = ".echo " + "x".repeat(CommandLineSplitter.MAX_LINE_LENGTH - 6);
        assertThat(split(atLimit)).hasSize(1);
        assertThatThrownBy(() -> split(atLimit + "x"))
                .isInstanceOf(CommandSyntaxException.class)
                .hasMessage("the command line is 4097 characters long; the limit is 4096");
    }

    @Test
    void blocksHaveNoLengthLimit() throws Exception {
        String block = ".echo a;".repeat(1000);
        assertThat(CommandLineSplitter.splitBlock(block)).hasSize(1000);
    }

    @Test
    void singleDollarScriptFormsTakeTheRestOfTheLine() throws Exception {
        assertThat(split(".echo go; $<my;odd file.txt ; .servers"))
                .containsExactly(
                        new CommandText(".echo", "go", ".echo go"),
                        new CommandText("$<", "my;odd file.txt ; .servers", "$<my;odd file.txt ; .servers"));
        assertThat(split("$>< c:\\s.txt;q"))
                .containsExactly(new CommandText("$><", "c:\\s.txt;q", "$>< c:\\s.txt;q"));
    }

    @Test
    void doubleDollarScriptFormsEndAtASemicolon() throws Exception {
        assertThat(split("$$<one.txt;$$>< two words.txt ; .servers"))
                .containsExactly(
                        new CommandText("$$<", "one.txt", "$$<one.txt"),
                        new CommandText("$$><", "two words.txt", "$$>< two words.txt"),
                        new CommandText(".servers", "", ".servers"));
    }

    @Test
    void windbgArgumentExampleLeavesTheFollowingCommand() throws Exception {
        List<CommandText> commands =
                split("$$>a< \"c:\\binl\\my script.txt\" \"First one\" Two \"Three More\" Four; recx");
        assertThat(commands).containsExactly(
                new CommandText("$$>a<", "\"c:\\binl\\my script.txt\" \"First one\" Two \"Three More\" Four",
                        "$$>a< \"c:\\binl\\my script.txt\" \"First one\" Two \"Three More\" Four"),
                new CommandText("recx", "", "recx"));
        ScriptInvocation invocation = ScriptInvocation.parse(commands.get(0).name(), commands.get(0).arguments());
        assertThat(invocation.fileName()).isEqualTo("c:\\binl\\my script.txt");
        assertThat(invocation.arguments()).containsExactly("First one", "Two", "Three More", "Four");
    }

    @Test
    void upperCaseArgumentTokenGetsTheCanonicalName() throws Exception {
        assertThat(split("$$>A<f.txt x")).containsExactly(new CommandText("$$>a<", "f.txt x", "$$>A<f.txt x"));
    }

    @Test
    void badScriptCommandRefusesTheWholeLine() {
        assertThatThrownBy(() -> split(".echo first; $$>a< f.txt \"unclosed; .echo last"))
                .isInstanceOf(CommandSyntaxException.class)
                .hasMessageContaining("missing closing quote");
        assertThatThrownBy(() -> split("$$<; .servers"))
                .isInstanceOf(CommandSyntaxException.class)
                .hasMessage("$$< needs a file name");
    }

    @Test
    void starCommentRunsToTheEndOfTheLine() throws Exception {
        assertThat(split(".echo a; * note; .echo b"))
                .containsExactly(
                        new CommandText(".echo", "a", ".echo a"),
                        new CommandText("*", "note; .echo b", "* note; .echo b"));
        assertThat(split("*")).singleElement().satisfies(c -> assertThat(c.isComment()).isTrue());
    }

    @Test
    void starInsideACommandIsNotAComment() throws Exception {
        assertThat(texts(".echo 2 * 3; .servers")).containsExactly(".echo 2 * 3", ".servers");
    }

    @Test
    void doubleDollarCommentRunsToTheNextSemicolon() throws Exception {
        List<CommandText> commands = split("$$ a note ; .echo b");
        assertThat(commands).containsExactly(
                new CommandText("$$", "a note", "$$ a note"),
                new CommandText(".echo", "b", ".echo b"));
        assertThat(commands.get(0).isComment()).isTrue();
        assertThat(commands.get(1).isComment()).isFalse();
    }

    @Test
    void commentMarkersAreDistinguishedFromScriptTokens() throws Exception {
        assertThat(split("$$>x; $$<f; $$>a<g; $$><h; $$"))
                .extracting(CommandText::name)
                .containsExactly("$$", "$$<", "$$>a<", "$$><", "$$");
    }

    @Test
    void randomLinesOnlyEverFailWithCommandSyntaxException() {
        String alphabet = "$<>a;\"* .echoECHO\t\\x1";
        Random random = new Random(20240229L);
        int refused = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                for (CommandText command : split(line.toString())) {
                    assertThat(command.text()).isNotBlank().isEqualTo(command.text().strip());
                    assertThat(line.toString()).contains(command.text());
                }
            } catch (CommandSyntaxException expected) {
                assertThat(expected.getMessage()).isNotBlank().doesNotStartWith("Error");
                refused++;
            } catch (RuntimeException e) {
                fail("line <" + line + "> threw " + e, e);
            }
        }
        assertThat(refused).as("the alphabet must also produce refused lines").isPositive();
    }
}
