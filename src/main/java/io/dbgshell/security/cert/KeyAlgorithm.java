package io.dbgshell.security.cert;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/** The key types {@code cert create} offers, each with the signature algorithm its certificate is signed with. */
public enum KeyAlgorithm {
    /** The default: small keys, fast handshakes, supported by every TLS 1.2/1.3 peer. */
    EC_P256("EC", new ECGenParameterSpec("secp256r1"), "SHA256withECDSA"),
    /** For peers that cannot use EC keys; 3072 bits is the size NIST rates like P-256. */
    RSA_3072("RSA", new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4), "SHA256withRSA");

    private final String keyType;
    private final AlgorithmParameterSpec parameters;
    private final String signatureAlgorithm;

    KeyAlgorithm(String keyType, AlgorithmParameterSpec parameters, String signatureAlgorithm) {
        this.keyType = keyType;
        this.parameters = parameters;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(keyType);
        generator.initialize(parameters);
        return generator.generateKeyPair();
    }
}
