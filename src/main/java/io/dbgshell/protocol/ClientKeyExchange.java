package io.dbgshell.protocol;

import io.dbgshell.security.Password;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.agreement.srp.SRP6Client;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The client's side of the password exchange (SRP-6a): from the host's salt and public key, the
 * client's public key and proof for its join, and the proof the host must answer with. A host that
 * does not know the password cannot produce that answer, so {@link #hostProved} tells a real host
 * from an impostor.
 */
public final class ClientKeyExchange {
    private final byte[] clientKey;
    private final byte[] clientProof;
    private final byte[] expectedHostProof;

    private ClientKeyExchange(byte[] clientKey, byte[] clientProof, byte[] expectedHostProof) {
        this.clientKey = clientKey;
        this.clientProof = clientProof;
        this.expectedHostProof = expectedHostProof;
    }

    /**
     * Answers a host's greeting for the identity the client claims.
     *
     * @return empty when the host's public key is not a valid one (no real host sends that)
     */
    public static Optional<ClientKeyExchange> answer(Password password, byte[] salt, byte[] hostKey, String machine,
                                                     String user) {
        Optional<BigInteger> host = Srp.decode(hostKey);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        SRP6Client srp = new SRP6Client();
        srp.init(Srp.GROUP, Srp.digest(), Srp.RANDOM);
        byte[] clientKey = Srp.encode(srp.generateClientCredentials(salt, Srp.SRP_USER, password.bytes()));
        BigInteger secret;
        try {
            secret = srp.calculateSecret(host.get());
        } catch (CryptoException zeroModN) {
            return Optional.empty();
        }
        return Optional.of(new ClientKeyExchange(clientKey,
                Srp.proof(Srp.Role.CLIENT, secret, salt, clientKey, hostKey, machine, user),
                Srp.proof(Srp.Role.HOST, secret, salt, clientKey, hostKey, machine, user)));
    }

    public byte[] clientKey() {
        return clientKey.clone();
    }

    public byte[] clientProof() {
        return clientProof.clone();
    }

    /** Whether the host's answer proves it knows the password (constant-time comparison). */
    public boolean hostProved(byte[] hostProof) {
        return MessageDigest.isEqual(expectedHostProof, hostProof);
    }
}
