package io.dbgshell.protocol;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.agreement.srp.SRP6Server;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The host's side of one connection's password exchange (SRP-6a). The greeting carries
 * {@link #salt()} and {@link #hostKey()}; the client's answer is checked by {@link #confirm}, which
 * yields the host's own proof only for a client that knows the password. Nothing the host sends
 * lets a listener test a guessed password, and the client's proof is bound to the identity it
 * claims. Used on one connection's event loop, once.
 */
public final class HostKeyExchange {
    private final SRP6Server srp = new SRP6Server();
    private final byte[] salt;
    private final byte[] hostKey;

    HostKeyExchange(byte[] salt, BigInteger verifier) {
        this.salt = salt;
        srp.init(Srp.GROUP, verifier, Srp.digest(), Srp.RANDOM);
        this.hostKey = Srp.encode(srp.generateServerCredentials());
    }

    public byte[] salt() {
        return salt.clone();
    }

    public byte[] hostKey() {
        return hostKey.clone();
    }

    /**
     * Checks the client's public key and proof for the identity it claims.
     *
     * @return the host's proof to send back when the client proved the password; empty otherwise
     *         (a wrong password, or a public key that is not a valid one)
     */
    public Optional<byte[]> confirm(byte[] clientKey, byte[] clientProof, String machine, String user) {
        Optional<BigInteger> key = Srp.decode(clientKey);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        BigInteger secret;
        try {
            secret = srp.calculateSecret(key.get());
        } catch (CryptoException zeroModN) {
            return Optional.empty();
        }
        byte[] expected = Srp.proof(Srp.Role.CLIENT, secret, salt, clientKey, hostKey, machine, user);
        if (!MessageDigest.isEqual(expected, clientProof)) {
            return Optional.empty();
        }
        return Optional.of(Srp.proof(Srp.Role.HOST, secret, salt, clientKey, hostKey, machine, user));
    }
}
