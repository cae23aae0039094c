package io.dbgshell.security.cert;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertRef;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Stores in a test's temporary directory, and certificates made through the production API. */
public final class TestStores {
    private TestStores() {
    }

    /** A user and a machine store under {@code dir}, with their passwords in generated files. */
    public static CertStores in(Path dir) {
        Map<String, String> environment = Map.of(
                CertStores.USER_STORE_VARIABLE, dir.resolve("user/user.p12").toString(),
                CertStores.MACHINE_STORE_VARIABLE, dir.resolve("machine/machine.p12").toString());
        return CertStores.fromEnvironment(environment::get, dir.resolve("home"));
    }

    /** A fresh EC certificate with key, valid for a year, stored under {@code name}. */
    public static StoreEntry create(CertStores stores, CertRef.Store store, String name) throws CertException {
        return CertificateTool.create(stores.store(store),
                CertificateRequest.of(name, KeyAlgorithm.EC_P256, List.of(), CertificateRequest.DEFAULT_DAYS, Instant.now()));
    }

    /** A certificate with key whose validity lies entirely between {@code from} and {@code to}. */
    public static StoreEntry createValid(CertStores stores, String name, Instant from, Instant to) throws CertException {
        return CertificateTool.create(stores.store(CertRef.Store.USER),
                new CertificateRequest(name, KeyAlgorithm.EC_P256, List.of("localhost"), from, to));
    }

    public static Instant daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }
}
