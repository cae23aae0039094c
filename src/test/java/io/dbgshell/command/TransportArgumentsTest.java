package io.dbgshell.command;

import io.dbgshell.command.builtin.BuiltinCommands;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines as they may be shown: each command masked by what it is, and the lost-comma refusal. */
class TransportArgumentsTest {
    private static final CommandRegistry COMMANDS = BuiltinCommands.registry();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            .server tcp:port=1,password=s3cret                | .server tcp:port=1,password=*
            .SERVER  tcp:port=1,password=s3cret ;.servers     | .SERVER  tcp:port=1,password=* ;.servers
            `.server "tcp:port=1,password=s3cret"`            | `.server "tcp:port=1,password=*"`
            .echo password=mine; .server tcp:password=s3cret  | .echo password=mine; .server tcp:password=*
            .server tcp:port=1;password=s3cret                | .server tcp:port=1;password=*
            srever tcp:port=1,password=s3cret                 | srever tcp:port=1,password=*
            `.echo "open; .server tcp:password=s3cret`        | `.echo "open; .server tcp:password=*`
            * password=note                                   | * password=note
            .servers                                          | .servers
            """)
    void eachCommandIsMaskedByWhatItIs(String typed, String shown) {
        assertThat(TransportArguments.shown(typed, COMMANDS)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            .server tcp:port=1;password=s3cret          | 'password=*' after .server
            .server tcp:port=1; hidden                  | 'hidden' after .server
            .server tcp:port=1;Password = s3cret        | 'Password = *' after .server
            .server tcp:port=1;.echo port=2             |
            .server tcp:port=1;$$ password=s3cret       |
            .echo hi;password=s3cret                    |
            """)
    void aParameterLostToASemicolonAfterServerRefusesTheLine(String typed, String refusal) throws Exception {
        var refused = TransportArguments.strayParameter(CommandLineSplitter.split(typed), COMMANDS);
        if (refusal == null) {
            assertThat(refused).isEmpty();
        } else {
            assertThat(refused).hasValueSatisfying(message -> assertThat(message)
                    .startsWith("Error: " + refusal).endsWith("(nothing was run)").doesNotContain("s3cret"));
        }
    }
}
