package io.dbgshell.protocol;

import io.dbgshell.security.Password;
import org.bouncycastle.crypto.agreement.srp.SRP6VerifierGenerator;

import java.math.BigInteger;

/**
 * What a host holds to check a session password: an SRP-6a salt and verifier, made once per server
 * (one modular exponentiation) rather than per connection. Each connection then starts its own
 * {@link HostKeyExchange} from it.
 */
public final class PasswordVerifier {
    private final byte[] salt;
    private final BigInteger verifier;

    private PasswordVerifier(byte[] salt, BigInteger verifier) {
        this.salt = salt;
        this.verifier = verifier;
    }

    public static PasswordVerifier of(Password password) {
        byte[] salt = new byte[Srp.SALT_BYTES];
        Srp.RANDOM.nextBytes(salt);
        SRP6VerifierGenerator generator = new SRP6VerifierGenerator();
        generator.init(Srp.GROUP, Srp.digest());
        return new PasswordVerifier(salt, generator.generateVerifier(salt, Srp.SRP_USER, password.bytes()));
    }

    /** A fresh exchange for one connection: its own random private value and public key. */
    public HostKeyExchange newExchange() {
        return new HostKeyExchange(salt.clone(), verifier);
    }
}
