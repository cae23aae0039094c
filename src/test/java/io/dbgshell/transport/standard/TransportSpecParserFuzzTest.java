package io.dbgshell.transport.standard;

import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.spec.TransportSyntaxException;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.security.Secrets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seeded random strings built from the grammar's own pieces: the parser either returns a spec or
 * throws {@link TransportSyntaxException}, never anything else, and no outcome (message, spec,
 * listing, masked text) carries the password.
 */
class TransportSpecParserFuzzTest {
    private static final long SEED = 0x5eed_dbe6L;
    private static final int INPUTS = 30_000;
    private static final int MAX_FRAGMENTS = 12;
    private static final String SECRET = "Zq9Secret";
    private static final List<String> PROTOCOLS = List.of("tcp", "npipe", "com", "ssl", "spipe", "TCP", "Ssl", "tpc");
    private static final List<String> FRAGMENTS = List.of(
            ":", ",", ",", "=", "=", "port", "pipe", "server", "clicon", "hidden", "IcfEnable", "password",
            "ipversion", "6", "baud", "channel", "proto", "tls1", "tls13", "ssl3", "certuser", "machuser",
            "5005", "5005:5010", "70000", "0", "254", "com3", "/dev/ttyS0", "%d", "%x", "%%", "%", " ", "\"", "'",
            "\\\\", "/", "password=" + SECRET, "x", "-", "99999999999999999999", "\t", "\u0000", "é", "*");
    /** Well-formed parameters, so that whole strings are often valid and the success paths run too. */
    private static final List<String> PARAMETERS = List.of(
            "port=5005", "port=5005:5010", "port=com3", "pipe=p%d", "server=\\\\h", "clicon=h", "hidden", "IcfEnable",
            "password=" + SECRET, "ipversion=6", "baud=9600", "channel=3", "proto=tls1", "certuser=c", "machuser=m");
    private static final List<String> KEYS = List.of(
            "port", "pipe", "server", "clicon", "hidden", "IcfEnable", "password", "ipversion", "baud", "channel",
            "proto", "certuser", "machuser", "prot");
    private static final int MAX_PARAMETERS = 5;

    @Test
    void onlyEverThrowsTransportSyntaxExceptionAndNeverLeaksThePassword() {
        Random random = new Random(SEED);
        int parsed = 0;
        for (int i = 0; i < INPUTS; i++) {
            String input = randomInput(random);
            Role role = random.nextBoolean() ? Role.SERVER : Role.CLIENT;
            String outcome;
            try {
                TransportSpec spec = TransportSpecParser.parse(input, role);
                outcome = spec.listing() + spec.connectHint("h") + spec;
                parsed++;
            } catch (TransportSyntaxException e) {
                outcome = e.getMessage();
                if (outcome.isBlank() || outcome.contains("\n")) {
                    fail("input '" + input + "' gave the message '" + outcome + "'");
                }
            } catch (RuntimeException e) {
                throw new AssertionError("input '" + input + "' as " + role + " threw " + e, e);
            }
            if ((outcome + Secrets.mask(input)).contains(SECRET)) {
                fail("input '" + input + "' leaked the password: " + outcome);
            }
        }
        assertThat(parsed).as("inputs that parsed, so the success paths were reached too").isPositive();
    }

    /**
     * A third of the inputs are fragment soup, a third start like a transport string (so the
     * parameter rules get exercised, not just the prefix), and a third are a protocol with
     * parameters in random combinations, each well-formed or a known key with a random value.
     */
    private static String randomInput(Random random) {
        StringBuilder input = new StringBuilder();
        int shape = random.nextInt(3);
        if (shape > 0) {
            input.append(pick(random, PROTOCOLS)).append(':');
        }
        if (shape == 2) {
            int parameters = 1 + random.nextInt(MAX_PARAMETERS);
            for (int i = 0; i < parameters; i++) {
                input.append(i == 0 ? "" : ",");
                if (random.nextBoolean()) {
                    input.append(pick(random, PARAMETERS));
                } else {
                    input.append(pick(random, KEYS)).append('=').append(pick(random, FRAGMENTS));
                }
            }
        } else {
            int fragments = random.nextInt(MAX_FRAGMENTS + 1);
            for (int i = 0; i < fragments; i++) {
                input.append(pick(random, FRAGMENTS));
            }
        }
        return input.toString();
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
