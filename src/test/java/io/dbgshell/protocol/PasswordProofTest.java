package io.dbgshell.protocol;

import io.dbgshell.transport.Password;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordProofTest {
    private final Password right = Password.ofOrNull("s3cret");
    private final byte[] challenge = PasswordProof.newChallenge();

    @Test
    void theRightPasswordVerifiesAndTheProofIsNotThePassword() {
        byte[] proof = PasswordProof.prove(right, challenge, "BOX", "user");
        assertThat(PasswordProof.verify(right, challenge, "BOX", "user", proof)).isTrue();
        assertThat(new String(proof, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("s3cret");
    }

    @Test
    void aWrongPasswordAnotherChallengeOrAnotherIdentityFails() {
        byte[] proof = PasswordProof.prove(right, challenge, "BOX", "user");
        assertThat(PasswordProof.verify(Password.ofOrNull("S3cret"), challenge, "BOX", "user", proof)).isFalse();
        assertThat(PasswordProof.verify(right, PasswordProof.newChallenge(), "BOX", "user", proof)).isFalse();
        assertThat(PasswordProof.verify(right, challenge, "BOX", "mallory", proof)).isFalse();
        assertThat(PasswordProof.verify(right, challenge, "BOX", "user", new byte[0])).isFalse();
    }

    @Test
    void challengesAreFresh() {
        assertThat(PasswordProof.newChallenge()).hasSize(PasswordProof.CHALLENGE_BYTES).isNotEqualTo(challenge);
    }
}
