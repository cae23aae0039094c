package io.dbgshell.security.cert;

import io.dbgshell.files.IoErrors;
import io.dbgshell.security.CertException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a store's password comes from. Never the command line: the environment variable
 * {@value #ENV_VARIABLE} when set (for every store), otherwise a 0600 file beside the store
 * ({@code user.p12.password} next to {@code user.p12}), generated at random when the store is created.
 */
final class StorePassword {
    static final String ENV_VARIABLE = "DBGSHELL_STORE_PASSWORD";
    static final String FILE_SUFFIX = ".password";
    /** 24 random bytes: 192 bits, 32 characters of URL-safe Base64. */
    private static final int GENERATED_BYTES = 24;

    private final Function<String, String> environment;

    StorePassword(Function<String, String> environment) {
        this.environment = environment;
    }

    static Path fileFor(Path store) {
        return store.resolveSibling(store.getFileName() + FILE_SUFFIX);
    }

    /** Where the password of {@code store} is taken from, for messages. */
    String source(Path store) {
        return fromEnvironment().isPresent() ? ENV_VARIABLE : fileFor(store).toString();
    }

    /**
     * The password of an existing store, or empty when neither the store nor a password for it exists yet.
     * A store without any password source cannot be opened: that is an error, not an empty store.
     */
    Optional<char[]> existing(Path store, String label) throws CertException {
        Optional<char[]> fromEnvironment = fromEnvironment();
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        Path file = fileFor(store);
        if (Files.exists(file)) {
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray());
            } catch (IOException e) {
                throw new CertException("Cannot read the " + label + " password file " + file + ": " + IoErrors.describe(e), e);
            }
        }
        if (Files.exists(store)) {
            throw new CertException("Cannot open the " + label + " " + store + ": its password file " + file
                    + " is missing; set " + ENV_VARIABLE + " to the store's password");
        }
        return Optional.empty();
    }

    /** The password of the store, generating and saving a new one when the store is about to be created. */
    char[] existingOrNew(Path store, String label) throws CertException {
        Optional<char[]> existing = existing(store, label);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] secret = new byte[GENERATED_BYTES];
        // seeded here, when a store is made, not with every process's stores: seeding cost start-up 15 ms
        new SecureRandom().nextBytes(secret);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Path file = fileFor(store);
        try {
            OwnerOnlyFiles.write(file, (generated + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CertException("Cannot write the " + label + " password file " + file + ": " + IoErrors.describe(e), e);
        }
        return generated.toCharArray();
    }

    private Optional<char[]> fromEnvironment() {
        String value = environment.apply(ENV_VARIABLE);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
    }
}
