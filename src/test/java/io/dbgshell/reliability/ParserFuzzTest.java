package io.dbgshell.reliability;

import io.dbgshell.command.CommandLineSplitter;
import io.dbgshell.command.CommandSyntaxException;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.spec.TransportSyntaxException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated text into the two parsers users type into: the transport-string parser and the
 * command-line splitter each return a result or throw their own syntax exception with a one-line
 * message, never anything else. {@code -Ddbgshell.fuzz.inputs=1000000} for the long run.
 */
class ParserFuzzTest {
    private static final int IN_SUITE = 50_000;

    /** Valid strings of every protocol, each for one side or both, so mutation starts from success paths. */
    private static final List<String> TRANSPORT_SEEDS = List.of("tcp:port=5005", "tcp:server=host,port=5005,password=p",
            "npipe:pipe=name%d,hidden", "com:port=/dev/ttyS0,baud=115200,channel=3", "tcp:clicon=host,port=7",
            "ssl:proto=tls12,certuser=cert,port=5005", "spipe:proto=tls13,machuser=m,pipe=p,server=\\\\h",
            "tcp:port=5005,ipversion=6,IcfEnable");

    /** Lines the splitter takes, so mutation starts from its success paths too. */
    private static final List<String> SPLITTER_SEEDS = List.of(".echo hi; .servers", ".echo \"a; b\" ; q",
            "$$< script.txt", "$$>a< \"file name.txt\" arg1 arg2", ".server tcp:port=5005; .clients",
            "* a comment; .echo", "$$ comment", ".endsrv 0 ;; .cls", ".echo 'single' \"dq\" \\\" end");

    @Test
    void everyTransportSeedParses() {
        for (String seed : TRANSPORT_SEEDS) {
            assertThat(Role.values()).as(seed).anySatisfy(role -> assertThat(parses(seed, role)).isTrue());
        }
    }

    @Test
    void everySplitterSeedSplits() throws CommandSyntaxException {
        for (String seed : SPLITTER_SEEDS) {
            assertThat(CommandLineSplitter.split(seed)).as(seed).isNotEmpty();
            assertThat(CommandLineSplitter.splitBlock(seed)).as(seed).isNotEmpty();
        }
    }

    @Test
    void theTransportStringParserOnlyEverThrowsItsSyntaxException() {
        Mutator mutator = new Mutator(0x7a5e_1L, utf8(TRANSPORT_SEEDS));
        int parsed = 0;
        int inputs = Mutator.inputs(IN_SUITE);
        for (int i = 0; i < inputs; i++) {
            String input = new String(mutator.next(), StandardCharsets.UTF_8);
            for (Role role : Role.values()) {
                try {
                    TransportSpecParser.parse(input, role).listing();
                    parsed++;
                } catch (TransportSyntaxException e) {
                    assertOneLine(input, e.getMessage());
                } catch (RuntimeException e) {
                    throw new AssertionError("'" + input + "' as " + role + " threw " + e, e);
                }
            }
        }
        assertThat(parsed).isPositive();
    }

    @Test
    void theCommandLineSplitterOnlyEverThrowsItsSyntaxException() {
        Mutator mutator = new Mutator(0xc0111L, utf8(SPLITTER_SEEDS));
        int split = 0;
        int inputs = Mutator.inputs(IN_SUITE);
        for (int i = 0; i < inputs; i++) {
            String input = new String(mutator.next(), StandardCharsets.UTF_8);
            try {
                CommandLineSplitter.split(input);
                CommandLineSplitter.splitBlock(input);
                split++;
            } catch (CommandSyntaxException e) {
                assertOneLine(input, e.getMessage());
            } catch (RuntimeException e) {
                throw new AssertionError("'" + input + "' threw " + e, e);
            }
        }
        assertThat(split).isPositive();
    }

    private static boolean parses(String text, Role role) {
        try {
            TransportSpecParser.parse(text, role);
            return true;
        } catch (TransportSyntaxException e) {
            return false;
        }
    }

    /**
     * Messages quote the offending text verbatim, so a line break can only come from the input
     * itself (see docs/reliability.md, "Findings"); otherwise a message is exactly one line.
     */
    private static void assertOneLine(String input, String message) {
        assertThat(message).as("message for '%s'", input).isNotBlank();
        if (input.indexOf('\n') < 0 && input.indexOf('\r') < 0) {
            assertThat(message).as("message for '%s'", input).doesNotContain("\n").doesNotContain("\r");
        }
    }

    private static List<byte[]> utf8(List<String> seeds) {
        return seeds.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }
}
