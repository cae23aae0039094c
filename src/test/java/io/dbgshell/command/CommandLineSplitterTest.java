package io.dbgshell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CommandLineSplitterTest {

    private static List<CommandText> split(String line) throws CommandSyntaxException {
        return CommandLineSplitter.split(line);
    }

    private static List<String> texts(String line) throws CommandSyntaxException {
        return split(line).stream().map(CommandText::text).toList();
    }

    /** A line and what it splits into. */
    private static Arguments line(String line, CommandText... commands) {
        return arguments(line, List.of(commands));
    }

    /** One command: its name (a dot command's lower-cased), its arguments, its text as typed. */
    private static CommandText command(String name, String arguments, String text) {
        return new CommandText(name, arguments, text);
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                // semicolons separate; empty pieces are skipped; a command's text keeps its inner spaces
                line(" .servers ;; .clients  ;  ;.endsrv   0 ;", command(".servers", "", ".servers"),
                        command(".clients", "", ".clients"), command(".endsrv", "0", ".endsrv   0")),
                line(""),
                line("  \t ; ;"),
                // only dot commands' names are lower-cased
                line(".ECHO Hi There; .Server tcp:port=7; Q", command(".echo", "Hi There", ".ECHO Hi There"),
                        command(".server", "tcp:port=7", ".Server tcp:port=7"), command("Q", "", "Q")),
                // an escaped quote inside quotes does not end them
                line("bp Loop:9 \".printf \\\"a;b\\\\n\\\", i; g\"; .printf \"x;y\\n\", i; k",
                        command("bp", "Loop:9 \".printf \\\"a;b\\\\n\\\", i; g\"", "bp Loop:9 \".printf \\\"a;b\\\\n\\\", i; g\""),
                        command(".printf", "\"x;y\\n\", i", ".printf \"x;y\\n\", i"), command("k", "", "k")),
                // quoted .echo text keeps its semicolons; unquoted, it runs to the first one, quotes and all
                line(".echo \"text; with semicolons\"; .servers",
                        command(".echo", "\"text; with semicolons\"", ".echo \"text; with semicolons\""),
                        command(".servers", "", ".servers")),
                line(".echo say \"hi; there", command(".echo", "say \"hi", ".echo say \"hi"), command("there", "", "there")),
                // .remote_exit and .srcpath take the rest of the line
                line(".servers; .REMOTE_EXIT .echo bye; .clients", command(".servers", "", ".servers"),
                        command(".remote_exit", ".echo bye; .clients", ".REMOTE_EXIT .echo bye; .clients")),
                line("k; .SRCPATH /src/a;+b ;c", command("k", "", "k"),
                        command(".srcpath", "/src/a;+b ;c", ".SRCPATH /src/a;+b ;c")),
                // single-dollar script forms take the rest of the line; double-dollar ones end at a semicolon
                line(".echo go; $<my;odd file.txt ; .servers", command(".echo", "go", ".echo go"),
                        command("$<", "my;odd file.txt ; .servers", "$<my;odd file.txt ; .servers")),
                line("$>< c:\\s.txt;q", command("$><", "c:\\s.txt;q", "$>< c:\\s.txt;q")),
                line("$$<one.txt;$$>< two words.txt ; .servers", command("$$<", "one.txt", "$$<one.txt"),
                        command("$$><", "two words.txt", "$$>< two words.txt"), command(".servers", "", ".servers")),
                // an upper-case argument token gets the canonical name
                line("$$>A<f.txt x", command("$$>a<", "f.txt x", "$$>A<f.txt x")),
                // a comment marker is told from the script tokens that start alike
                line("$$>x; $$<f; $$>a<g; $$><h; $$", command("$$", ">x", "$$>x"), command("$$<", "f", "$$<f"),
                        command("$$>a<", "g", "$$>a<g"), command("$$><", "h", "$$><h"), command("$$", "", "$$")),
                // a star comment runs to the end of the line
                line(".echo a; * note; .echo b", command(".echo", "a", ".echo a"),
                        command("*", "note; .echo b", "* note; .echo b")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("lines")
    void splitsEachLineIntoItsCommands(String line, List<CommandText> commands) throws Exception {
        List<CommandText> split = split(line);
        assertThat(split).map(c -> command(c.name(), c.arguments(), c.text())).containsExactlyElementsOf(commands);
        // a script form arrives parsed, so that its command need not parse it again; nothing else does
        assertThat(split).allSatisfy(c -> assertThat(c.script().isPresent()).isEqualTo(ScriptForm.ofName(c.name()).isPresent()));
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
            .echo;.echo                        | .echo / .echo
            .EcHo "a;b";x                      | .EcHo "a;b" / x
            .srcpath ; lsa Main:3              | .srcpath / lsa Main:3
            .srcpath                           | .srcpath
            .echo 2 * 3; .servers              | .echo 2 * 3 / .servers
            """)
    void quotesProtectSemicolonsAndEachCommandKeepsItsText(String line, String expected) throws Exception {
        assertThat(texts(line)).containsExactly(expected.split(" / "));
    }

    /** A password never shows: the masker takes its value as the parser would, an open quote too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bp Loop:12 "dv; g                              | missing closing quote in 'bp Loop:12 "dv; g'
            .servers; bp X "a                              | missing closing quote in 'bp X "a'
            x "a" "b; c                                    | missing closing quote in 'x "a" "b; c'
            q "                                            | missing closing quote in 'q "'
            .server tcp:port=1,password=s3cret "           | missing closing quote in '.server tcp:port=1,password=*'
            .echo "no end; .servers                        | missing closing quote in .echo "no end; .servers
            .echo first; $$>a< f.txt "unclosed; .echo last | missing closing quote in $$>a< f.txt "unclosed
            $$<; .servers                                  | $$< needs a file name
            """)
    void aBadCommandRefusesTheWholeLineInOneMessage(String line, String message) {
        assertThatThrownBy(() -> split(line))
                .isInstanceOf(CommandSyntaxException.class)
                .hasMessage(message);
    }

    @Test
    void srcpathsAppendingFormGluedToItsNameTakesTheRestOfTheLine() throws Exception {
        assertThat(split(".srcpath+/src/a;b; k"))
                .containsExactly(new CommandText(".srcpath", "+/src/a;b; k", ".srcpath+/src/a;b; k"));
        assertThat(split(".SrcPath+ /src/a;b"))
                .containsExactly(new CommandText(".srcpath", "+ /src/a;b", ".SrcPath+ /src/a;b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "??a + 1|??|a + 1",
            "??(a)|??|(a)",
            "?a|?|a",
            "dv/t|dv|/t",
            "dv/t n|dv|/t n",
            "bp/w \"i > 2\" Loop:9|bp|/w \"i > 2\" Loop:9",
            ".logopen/t log.txt|.logopen|/t log.txt",
            "~3s|~|3s",
            "?? a|??|a"})
    void argumentsThatCannotBePartOfTheCommandWordMayFollowItWithoutABlank(String line, String name, String arguments)
            throws Exception {
        assertThat(split(line)).containsExactly(new CommandText(name, arguments, line));
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
    void windbgArgumentExampleLeavesTheFollowingCommand() throws Exception {
        List<CommandText> commands =
                split("$$>a< \"c:\\binl\\my script.txt\" \"First one\" Two \"Three More\" Four; recx");
        assertThat(commands).containsExactly(
                new CommandText("$$>a<", "\"c:\\binl\\my script.txt\" \"First one\" Two \"Three More\" Four",
                        "$$>a< \"c:\\binl\\my script.txt\" \"First one\" Two \"Three More\" Four",
                        Optional.of(new ScriptInvocation(ScriptForm.WITH_ARGUMENTS, "c:\\binl\\my script.txt",
                                List.of("First one", "Two", "Three More", "Four")))),
                new CommandText("recx", "", "recx"));
    }

    @Test
    void aStarAloneIsAComment() throws Exception {
        assertThat(split("*")).singleElement().satisfies(c -> assertThat(c.isComment()).isTrue());
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
