package io.dbgshell.protocol;

import io.dbgshell.transport.Password;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The challenge-response that proves knowledge of the session password without sending it:
 * HMAC-SHA256 keyed with the password over a fixed label, the host's random challenge and the
 * identity the client claims. A recorded exchange cannot be replayed (fresh challenge per
 * connection) and is bound to the identity.
 */
public final class PasswordProof {
    public static final int CHALLENGE_BYTES = 32;
    private static final byte[] LABEL = "dbgshell-password-proof-v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordProof() {
    }

    public static byte[] newChallenge() {
        byte[] challenge = new byte[CHALLENGE_BYTES];
        RANDOM.nextBytes(challenge);
        return challenge;
    }

    public static byte[] prove(Password password, byte[] challenge, String machine, String user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(password.bytes(), "HmacSHA256"));
            mac.update(LABEL);
            mac.update(challenge);
            mac.update((machine + "\\" + user).getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Constant-time comparison of a received proof with the expected one. */
    public static boolean verify(Password password, byte[] challenge, String machine, String user, byte[] proof) {
        return MessageDigest.isEqual(prove(password, challenge, machine, user), proof);
    }
}
