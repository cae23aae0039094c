package io.dbgshell.security.cert;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertRef;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the one certificate a {@code certuser=}/{@code machuser=} value names: by alias or subject CN
 * (case ignored), or by SHA-1 or SHA-256 thumbprint in hex (spaces, colons and case ignored).
 */
public final class CertSelector {
    private CertSelector() {
    }

    public static StoreEntry select(CertStores stores, CertRef ref) throws CertException {
        return select(stores.store(ref.store()), ref.value());
    }

    /** The single entry of {@code store} that {@code query} names; no match or several are errors. */
    public static StoreEntry select(CertStore store, String query) throws CertException {
        return select(store, store.entries(), query);
    }

    /** The single entry of {@code entries}, read from {@code store}, that {@code query} names. */
    static StoreEntry select(CertStore store, List<StoreEntry> entries, String query) throws CertException {
        List<StoreEntry> matches = entries.stream().filter(entry -> matches(entry, query)).toList();
        if (matches.isEmpty()) {
            throw new CertException("No certificate named '" + query + "' (by name, CN or thumbprint) in the "
                    + store.label() + " " + store.file());
        }
        if (matches.size() > 1) {
            String aliases = matches.stream().map(StoreEntry::alias).collect(Collectors.joining(", "));
            throw new CertException("'" + query + "' matches " + matches.size() + " certificates in the "
                    + store.label() + " (" + aliases + "); name one by its thumbprint");
        }
        return matches.get(0);
    }

    static boolean matches(StoreEntry entry, String query) {
        String name = query.strip();
        if (entry.alias().equalsIgnoreCase(name) || entry.commonName().filter(name::equalsIgnoreCase).isPresent()) {
            return true;
        }
        String hex = Thumbprints.normalize(query);
        return hex.equals(Thumbprints.normalize(entry.sha1())) || hex.equals(Thumbprints.normalize(entry.sha256()));
    }
}
