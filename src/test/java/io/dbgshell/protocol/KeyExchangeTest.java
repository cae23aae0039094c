package io.dbgshell.protocol;

import io.dbgshell.security.Password;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class KeyExchangeTest {
    private final Password right = Password.ofOrNull("s3cret");
    private final PasswordVerifier verifier = PasswordVerifier.of(right);

    @Test
    void bothSidesProveTheSamePasswordToEachOther() {
        HostKeyExchange host = verifier.newExchange();
        ClientKeyExchange client = answer(right, host, "user");

        Optional<byte[]> hostProof = host.confirm(client.clientKey(), client.clientProof(), "BOX", "user");

        assertThat(hostProof).isPresent();
        assertThat(client.hostProved(hostProof.get())).isTrue();
    }

    @Test
    void aWrongPasswordIsRefusedAndGetsNoHostProof() {
        HostKeyExchange host = verifier.newExchange();
        ClientKeyExchange client = answer(Password.ofOrNull("S3cret"), host, "user");

        assertThat(host.confirm(client.clientKey(), client.clientProof(), "BOX", "user")).isEmpty();
    }

    @Test
    void theProofIsBoundToTheClaimedIdentity() {
        HostKeyExchange host = verifier.newExchange();
        ClientKeyExchange client = answer(right, host, "user");

        assertThat(host.confirm(client.clientKey(), client.clientProof(), "BOX", "mallory")).isEmpty();
    }

    @Test
    void aProofDoesNotCarryOverToAnotherConnection() {
        HostKeyExchange first = verifier.newExchange();
        ClientKeyExchange client = answer(right, first, "user");
        HostKeyExchange second = verifier.newExchange();

        assertThat(second.hostKey()).isNotEqualTo(first.hostKey());
        assertThat(second.confirm(client.clientKey(), client.clientProof(), "BOX", "user")).isEmpty();
    }

    @Test
    void aHostThatDoesNotKnowThePasswordCannotProveIt() {
        HostKeyExchange impostor = PasswordVerifier.of(Password.ofOrNull("guess")).newExchange();
        ClientKeyExchange client = answer(right, impostor, "user");

        assertThat(impostor.confirm(client.clientKey(), client.clientProof(), "BOX", "user")).isEmpty();
        assertThat(client.hostProved(new byte[32])).isFalse();
        assertThat(client.hostProved(new byte[0])).isFalse();
    }

    @Test
    void publicKeysThatAreZeroModuloTheGroupOrOfAnotherSizeAreRefused() {
        HostKeyExchange host = verifier.newExchange();
        byte[] modulus = Srp.encode(Srp.GROUP.getN());
        for (byte[] bad : new byte[][]{new byte[Srp.PUBLIC_KEY_BYTES], modulus, new byte[0], new byte[Srp.PUBLIC_KEY_BYTES + 1]}) {
            assertThat(verifier.newExchange().confirm(bad, new byte[32], "BOX", "user")).isEmpty();
            assertThat(ClientKeyExchange.answer(right, host.salt(), bad, "BOX", "user")).isEmpty();
        }
        assertThat(Srp.decode(Srp.encode(BigInteger.TWO))).contains(BigInteger.TWO);
    }

    private static ClientKeyExchange answer(Password password, HostKeyExchange host, String user) {
        return ClientKeyExchange.answer(password, host.salt(), host.hostKey(), "BOX", user).orElseThrow();
    }
}
