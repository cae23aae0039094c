package io.dbgshell.security.cert;

import io.dbgshell.files.IoErrors;
import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertRef;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One PKCS#12 key store file (the user's or the machine's). A missing file reads as an empty store; the
 * file, its directory and its password file are created on the first change, readable by the owner only.
 * Every call reads the file afresh, and every change rewrites it atomically, so the command line tool
 * and a running server never see a half-written store.
 */
public final class CertStore {
    private static final String TYPE = "PKCS12";

    private final CertRef.Store kind;
    private final Path file;
    private final StorePassword passwords;

    CertStore(CertRef.Store kind, Path file, StorePassword passwords) {
        this.kind = kind;
        this.file = file;
        this.passwords = passwords;
    }

    public Path file() {
        return file;
    }

    /** {@code user store} or {@code machine store}, as messages name it. */
    public String label() {
        return kind == CertRef.Store.USER ? "user store" : "machine store";
    }

    /** Every X.509 certificate in the store, sorted by alias. */
    public List<StoreEntry> entries() throws CertException {
        Optional<Opened> opened = open();
        return opened.isEmpty() ? List.of() : entries(opened.get());
    }

    /**
     * One certificate that {@code select} picks from the entries, with its private key, from a single
     * reading of the file: opening a PKCS#12 store decrypts it, which costs more than the rest of a
     * server's start.
     */
    public Keyed withKey(Selection select) throws CertException {
        Optional<Opened> opened = open();
        StoreEntry entry = select.pick(opened.isEmpty() ? List.of() : entries(opened.get()));
        // An entry was picked, so the store was there to read it from.
        return new Keyed(entry, entry.hasPrivateKey() ? Optional.of(privateKey(opened.get(), entry.alias())) : Optional.empty());
    }

    /** Picks one entry of a store, or refuses. */
    @FunctionalInterface
    public interface Selection {
        StoreEntry pick(List<StoreEntry> entries) throws CertException;
    }

    /** An entry and its private key, if it has one. */
    public record Keyed(StoreEntry entry, Optional<PrivateKey> privateKey) {
    }

    private List<StoreEntry> entries(Opened opened) throws CertException {
        KeyStore store = opened.store();
        try {
            List<StoreEntry> entries = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate cert) {
                    entries.add(new StoreEntry(alias, cert, store.isKeyEntry(alias)));
                }
            }
            entries.sort(Comparator.comparing(StoreEntry::alias));
            return entries;
        } catch (GeneralSecurityException e) {
            throw unreadable(e);
        }
    }

    /** The private key stored with {@code alias}; the caller has checked that it has one. */
    private PrivateKey privateKey(Opened opened, String alias) throws CertException {
        try {
            Key key = opened.store().getKey(alias, opened.password());
            if (key instanceof PrivateKey privateKey) {
                return privateKey;
            }
            throw new CertException("Certificate '" + alias + "' in the " + label() + " has no private key");
        } catch (GeneralSecurityException e) {
            throw unreadable(e);
        }
    }

    /** Adds a certificate together with its private key (a certificate this machine can serve). */
    public void addWithKey(String alias, PrivateKey key, X509Certificate certificate) throws CertException {
        change(alias, (store, password) -> store.setKeyEntry(alias, key, password, new Certificate[] {certificate}));
    }

    /** Adds a certificate without a key: one a client expects some server to present. */
    public void addTrusted(String alias, X509Certificate certificate) throws CertException {
        change(alias, (store, password) -> store.setCertificateEntry(alias, certificate));
    }

    /** Removes the entry {@code alias} (its certificate and any private key). */
    public void delete(String alias) throws CertException {
        Opened opened = open().orElseThrow(() -> new CertException("The " + label() + " " + file + " does not exist"));
        try {
            opened.store().deleteEntry(alias);
        } catch (GeneralSecurityException e) {
            throw unreadable(e);
        }
        save(opened);
    }

    private interface Change {
        void apply(KeyStore store, char[] password) throws GeneralSecurityException;
    }

    private void change(String alias, Change change) throws CertException {
        Optional<Opened> existing = open();
        Opened opened = existing.isPresent() ? existing.get() : empty(passwords.existingOrNew(file, label()));
        try {
            if (opened.store().containsAlias(alias)) {
                throw new CertException("A certificate named '" + alias + "' is already in the " + label());
            }
            change.apply(opened.store(), opened.password());
        } catch (GeneralSecurityException e) {
            throw new CertException("Cannot add '" + alias + "' to the " + label() + " " + file + ": " + e.getMessage(), e);
        }
        save(opened);
    }

    private record Opened(KeyStore store, char[] password) {
    }

    private Optional<Opened> open() throws CertException {
        Optional<char[]> password = passwords.existing(file, label());
        if (password.isEmpty() || !Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(in, password.get());
            return Optional.of(new Opened(store, password.get()));
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new CertException("Cannot open the " + label() + " " + file + ": wrong password (from "
                        + passwords.source(file) + ")", e);
            }
            throw new CertException("Cannot read the " + label() + " " + file + ": " + IoErrors.describe(e), e);
        } catch (GeneralSecurityException e) {
            throw unreadable(e);
        }
    }

    private static Opened empty(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(null, null);
            return new Opened(store, password);
        } catch (IOException | GeneralSecurityException e) {
            // The JDK always provides an in-memory PKCS#12 store.
            throw new IllegalStateException("cannot create an empty PKCS#12 store", e);
        }
    }

    private void save(Opened opened) throws CertException {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            opened.store().store(bytes, opened.password());
            OwnerOnlyFiles.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new CertException("Cannot write the " + label() + " " + file + ": " + IoErrors.describe(e), e);
        } catch (GeneralSecurityException e) {
            throw new CertException("Cannot write the " + label() + " " + file + ": " + e.getMessage(), e);
        }
    }

    private CertException unreadable(GeneralSecurityException e) {
        return new CertException("Cannot read the " + label() + " " + file + ": " + e.getMessage(), e);
    }
}
