package io.dbgshell.cli;

import io.dbgshell.config.Locations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command lines read without picocli are read exactly as picocli reads them, and every other
 * one is left to picocli (whose model is the reference: {@link Main#commandLine}). Each case is
 * one command line, its arguments separated by '|'.
 */
class PlainArgumentsTest {
    private static final Locations LOCATIONS = new Locations(Path.of("/nonexistent-home"));

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "-server|tcp:port=0",
            "-server|tcp:port=5005:5010,password=s3cret|-server|npipe:pipe=dbg",
            "-remote|tcp:server=host,port=5005,password=*",
            "-remote|tcp:port=5005|-c|.echo hi; q|-clines|7",
            "-noio|-server|tcp:port=0|-c|q",
            "-cf|start.txt|-c|g|-clines|0|-logo|session.log",
            "-loga|session.log|-server|tcp:port=0",
            "-server|tcp:port=5005|-p|4242",
            "java|-cp|build/classes|com.example.Main|-x|--y",
            "-server|tcp:port=0|java|-jar|app.jar|-server|tcp:port=1",
            "-clines|+5|-server|tcp:port=0",
    })
    void readsAsPicocliDoes(String line) {
        String[] args = args(line);
        DbgshellCommand plain = new DbgshellCommand(LOCATIONS);
        assertThat(PlainArguments.fill(args, plain)).as("read without picocli").isTrue();
        CommandLine picocli = Main.commandLine(LOCATIONS, false);
        picocli.parseArgs(args);
        DbgshellCommand reference = picocli.getCommand();
        assertThat(plain).usingRecursiveComparison().ignoringFields("spec", "locations").isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--help", "-h", "--version", "-QR", "-QR|host", "--password|-remote|tcp:port=1",
            "-server=tcp:port=0", "--|java|Main", "-server", "-server|-noio", "-c|-x",
            "-remote|a|-remote|b", "-noio|-noio", "-clines|ten", "-clines|99999999999", "-p|0x10",
            "-cf|@args.txt", "java|@argfile|Main", "-unknown|x", "-remote|tcp:port=1|-server|tcp:port=2",
            "-clines|-1", "-p|42|java|-cp|x|Main", "java", "python|x.py", "-logo|a|-loga|b",
            "-cf|nul\u0000char",
    })
    void leavesEverythingElseToPicocli(String line) {
        assertThat(PlainArguments.fill(args(line), new DbgshellCommand(LOCATIONS))).isFalse();
    }

    private static String[] args(String line) {
        return line.isEmpty() ? new String[0] : Arrays.stream(line.split("\\|", -1)).toArray(String[]::new);
    }
}
