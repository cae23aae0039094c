package io.dbgshell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dbgshell.files.Fifos;
import io.dbgshell.files.UserFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptFileTest {
    private static final int SCRIPT_BYTES = CommandSettings.SCRIPT_BYTES.defaultValue();
    private static final String SCRIPT = String.join("\n",
            "* set things up",
            ".echo one; .echo \"two; still two\"",
            "",
            "   ",
            "$$ a comment; .echo three",
            "  .servers  ",
            "");

    @TempDir
    Path directory;

    private List<String> run(String command) throws Exception {
        CommandText text = CommandLineSplitter.split(command).get(0);
        return ScriptFile.commandLines(ScriptInvocation.parse(text.name(), text.arguments()), directory, UserFiles.DEFAULT,
                SCRIPT_BYTES);
    }

    private void write(String name, String content) throws Exception {
        Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void plainFormsRunTheFileLineByLineSkippingBlankLines() throws Exception {
        write("s.txt", SCRIPT);
        List<String> expected = List.of("* set things up", ".echo one; .echo \"two; still two\"",
                "$$ a comment; .echo three", ".servers");
        assertThat(run("$<s.txt")).isEqualTo(expected);
        assertThat(run("$$< s.txt ; .clients")).isEqualTo(expected);
    }

    @Test
    void condensedFormsJoinTheLinesDroppingStarCommentLines() throws Exception {
        write("s.txt", SCRIPT);
        String block = ".echo one; .echo \"two; still two\";$$ a comment; .echo three;.servers";
        assertThat(run("$><s.txt")).containsExactly(block);
        assertThat(run("$$><s.txt")).containsExactly(block);
        assertThat(run("$$>a<s.txt")).containsExactly(block);
        assertThat(CommandLineSplitter.splitBlock(block))
                .filteredOn(command -> !command.isComment())
                .extracting(CommandText::text)
                .containsExactly(".echo one", ".echo \"two; still two\"", ".echo three", ".servers");
    }

    @Test
    void condensedEmptyFileRunsNothing() throws Exception {
        write("empty.txt", "\n* only a comment\n\n");
        assertThat(run("$$><empty.txt")).isEmpty();
        assertThat(run("$<empty.txt")).containsExactly("* only a comment");
    }

    @Test
    void windbgArgumentExample() throws Exception {
        write("my script.txt", String.join("\r\n",
                ".echo The first argument is ${$arg1}.",
                ".echo The fifth argument is ${$arg5}.",
                ".echo The fourth argument is ${$arg4}."));
        CommandText command = CommandLineSplitter.split(
                "$$>a< \"my script.txt\" \"First one\" Two \"Three More\" Four; recx").get(0);
        List<String> lines = ScriptFile.commandLines(
                ScriptInvocation.parse(command.name(), command.arguments()), directory, UserFiles.DEFAULT, SCRIPT_BYTES);
        assertThat(lines).containsExactly(".echo The first argument is First one.;"
                + ".echo The fifth argument is ${$arg5}.;"
                + ".echo The fourth argument is Four.");
        assertThat(CommandLineSplitter.splitBlock(lines.get(0)))
                .extracting(text -> EchoText.of(text.arguments()))
                .containsExactly("The first argument is First one.", "The fifth argument is ${$arg5}.",
                        "The fourth argument is Four.");
    }

    @Test
    void argumentZeroIsTheFileNameAsGivenAndNumbersAreWholeNumbers() throws Exception {
        write("args.txt", ".echo ${$arg0} ${$arg1}${$arg10} ${$arg01} ${$ARG1} ${$arg99999999999} ${$arg}");
        assertThat(run("$$>a< \"args.txt\" a b c d e f g h i ten eleven"))
                .containsExactly(".echo args.txt aten a ${$ARG1} ${$arg99999999999} ${$arg}");
    }

    @Test
    void argumentsWithReplacementMetacharactersArriveIntact() throws Exception {
        write("args.txt", ".echo ${$arg1}");
        assertThat(run("$$>a<args.txt $1\\x")).containsExactly(".echo $1\\x");
    }

    @Test
    void onlyTheArgumentFormSubstitutes() throws Exception {
        write("s.txt", ".echo ${$arg1}");
        assertThat(run("$$><s.txt")).containsExactly(".echo ${$arg1}");
    }

    @Test
    void readsUtf8AndDropsAByteOrderMark() throws Exception {
        write("u.txt", "\uFEFF.echo grüße ✓\n");
        assertThat(run("$<u.txt")).containsExactly(".echo grüße ✓");
    }

    @Test
    void absoluteNamesIgnoreTheDirectory(@TempDir Path elsewhere) throws Exception {
        Path file = elsewhere.resolve("abs.txt");
        Files.writeString(file, ".servers\n");
        assertThat(run("$<" + file)).containsExactly(".servers");
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> run("$<nowhere.txt"))
                .isInstanceOf(ScriptFileException.class)
                .hasMessage("script file 'nowhere.txt' not found");
    }

    @Test
    void directoryIsNamed() throws Exception {
        Files.createDirectory(directory.resolve("sub"));
        assertThatThrownBy(() -> run("$<sub"))
                .isInstanceOf(ScriptFileException.class)
                .hasMessage("script file 'sub' is a directory, not a regular file");
    }

    @Test
    void aFifoIsRefusedAtOnceInsteadOfWaitingForAWriter() throws Exception {
        Fifos.make(directory.resolve("fifo"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> run("$<fifo"))
                .isInstanceOf(ScriptFileException.class)
                .hasMessage("script file 'fifo' is a FIFO, not a regular file"));
    }

    @Test
    void devZeroIsRefusedBeforeAnythingIsRead() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> run("$</dev/zero"))
                .isInstanceOf(ScriptFileException.class)
                .hasMessage("script file '/dev/zero' is a character device, not a regular file"));
    }

    @Test
    void aScriptOverTheSizeLimitIsRefused() throws Exception {
        String line = ".echo " + "x".repeat(1000) + "\n";
        write("huge.txt", line.repeat(SCRIPT_BYTES / line.length() + 1));
        assertThatThrownBy(() -> run("$<huge.txt"))
                .isInstanceOf(ScriptFileException.class)
                .hasMessage("script file 'huge.txt' is larger than " + SCRIPT_BYTES + " bytes");
    }

    @Test
    void anArgumentThatMakesALineTooLongIsRefusedOnceSubstituted() throws Exception {
        write("twice.txt", ".echo ${$arg1}${$arg1}\n");
        String argument = "a".repeat(CommandLineSplitter.MAX_LINE_LENGTH / 2);
        assertThatThrownBy(() -> run("$$>a< twice.txt " + argument))
                .isInstanceOf(ScriptFileException.class)
                .hasMessage("line 1 of script file 'twice.txt' is longer than "
                        + CommandLineSplitter.MAX_LINE_LENGTH + " characters once its arguments are substituted");
        String fits = "a".repeat(CommandLineSplitter.MAX_LINE_LENGTH / 2 - 10);
        assertThat(run("$$>a< twice.txt " + fits)).containsExactly(".echo " + fits + fits);
    }

    @Test
    void invalidUtf8IsNamed() throws Exception {
        Files.write(directory.resolve("bin.txt"), new byte[] {'.', 'e', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(() -> run("$<bin.txt"))
                .isInstanceOf(ScriptFileException.class)
                .hasMessage("script file 'bin.txt' is not valid UTF-8");
    }

    @Test
    void overLongLineIsNamedWithItsNumber() throws Exception {
        write("long.txt", ".servers\n.echo " + "x".repeat(CommandLineSplitter.MAX_LINE_LENGTH) + "\n");
        assertThatThrownBy(() -> run("$$><long.txt"))
                .isInstanceOf(ScriptFileException.class)
                .hasMessage("line 2 of script file 'long.txt' is longer than 4096 characters");
    }

    @Test
    void unreadableFileIsNamed() throws Exception {
        Path file = directory.resolve("secret.txt");
        Files.writeString(file, ".servers\n");
        assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file),
                "file permissions are not enforced here (running as root?)");
        assertThatThrownBy(() -> run("$<secret.txt"))
                .isInstanceOf(ScriptFileException.class)
                .hasMessage("script file 'secret.txt' cannot be read: permission denied");
    }
}
