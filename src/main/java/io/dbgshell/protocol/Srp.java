package io.dbgshell.protocol;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.SRP6GroupParameters;
import org.bouncycastle.crypto.agreement.srp.SRP6StandardGroups;
import org.bouncycastle.util.BigIntegers;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The parameters and key confirmation both sides of the password exchange share: SRP-6a over the
 * RFC 5054 2048-bit group with SHA-256 (BouncyCastle does the group arithmetic), then proofs that
 * bind the shared secret to the whole exchange and to the identity the client claims.
 */
final class Srp {
    static final SRP6GroupParameters GROUP = SRP6StandardGroups.rfc5054_2048;
    /** Public values travel as unsigned big-endian numbers of exactly the group's size. */
    static final int PUBLIC_KEY_BYTES = (GROUP.getN().bitLength() + 7) / 8;
    static final int SALT_BYTES = 32;
    /**
     * SRP's user name, the same for every client: the host keeps one verifier per server, made before
     * anyone connects. The claimed identity is bound by the proofs instead.
     */
    static final byte[] SRP_USER = "dbgshell".getBytes(StandardCharsets.US_ASCII);
    static final SecureRandom RANDOM = new SecureRandom();

    enum Role {
        CLIENT, HOST
    }

    private static final String LABEL = "dbgshell-srp6a-v2 ";

    private Srp() {
    }

    static Digest digest() {
        return new SHA256Digest();
    }

    static byte[] encode(BigInteger publicValue) {
        return BigIntegers.asUnsignedByteArray(PUBLIC_KEY_BYTES, publicValue);
    }

    /** A peer's public value, or empty when it is not one of the group's size. */
    static Optional<BigInteger> decode(byte[] publicKey) {
        return publicKey.length == PUBLIC_KEY_BYTES ? Optional.of(new BigInteger(1, publicKey)) : Optional.empty();
    }

    /**
     * One side's proof that it holds the shared secret: HMAC-SHA256 keyed with SHA-256 of the secret,
     * over the role, the protocol version, salt, both public values and the claimed machine and user,
     * each length-prefixed so no two transcripts read the same.
     */
    static byte[] proof(Role role, BigInteger secret, byte[] salt, byte[] clientKey, byte[] hostKey, String machine,
                        String user) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((LABEL + "key").getBytes(StandardCharsets.US_ASCII));
            byte[] key = sha.digest(encode(secret));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((LABEL + role.name().toLowerCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.US_ASCII));
            mac.update(ByteBuffer.allocate(4).putInt(ProtocolVersion.CURRENT).array());
            for (byte[] part : new byte[][]{salt, clientKey, hostKey, utf8(machine), utf8(user)}) {
                mac.update(ByteBuffer.allocate(4).putInt(part.length).array());
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and HmacSHA256 are part of every JDK", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
