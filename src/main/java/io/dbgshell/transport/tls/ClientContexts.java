package io.dbgshell.transport.tls;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.tls.TlsContexts;
import io.dbgshell.transport.CertRef;
import io.dbgshell.transport.TlsProto;
import io.netty.handler.ssl.SslContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The client's TLS contexts, built once per protocol, certificate and version of the store file:
 * reading and checking the PKCS#12 store and setting up JSSE cost several milliseconds, more than
 * the handshake itself. A store changed on disk (a certificate imported) gives a fresh context.
 */
final class ClientContexts {
    private record Key(TlsProto proto, CertRef cert, long storeModified) {
    }

    private final CertStores stores;
    private final ConcurrentMap<Key, SslContext> built = new ConcurrentHashMap<>();

    ClientContexts(CertStores stores) {
        this.stores = stores;
    }

    SslContext get(TlsProto proto, CertRef cert) throws CertException {
        Key key = new Key(proto, cert, modified(stores.store(cert.store()).file()));
        SslContext context = built.get(key);
        if (context == null) {
            context = TlsContexts.forClient(proto, cert, stores);
            built.put(key, context);
        }
        return context;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1; // no store yet: building the context reports that
        }
    }
}
