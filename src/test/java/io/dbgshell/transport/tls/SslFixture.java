package io.dbgshell.transport.tls;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.cert.CertificateTool;
import io.dbgshell.security.cert.StoreEntry;
import io.dbgshell.security.cert.TestStores;
import io.dbgshell.security.cert.CertRef;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The certificate walk-through the docs describe, on temp-dir stores: the host creates {@code srv} and
 * exports it; the client imports it under its own name {@code pinned-srv}.
 */
public final class SslFixture {
    public final CertStores hostStores;
    public final CertStores clientStores;
    public final StoreEntry serverCert;
    public final Path exportedPem;

    public SslFixture(Path dir) throws CertException {
        hostStores = TestStores.in(dir.resolve("host"));
        clientStores = TestStores.in(dir.resolve("client"));
        serverCert = TestStores.create(hostStores, CertRef.Store.USER, "srv");
        exportedPem = dir.resolve("srv.pem");
        CertificateTool.export(hostStores.store(CertRef.Store.USER), "srv", exportedPem);
        CertificateTool.importPem(clientStores.store(CertRef.Store.USER), exportedPem, Optional.of("pinned-srv"));
    }

    /**
     * ssl as on two machines: the server side on the host's stores, the client side on the client's,
     * which pins the imported copy.
     */
    public Transports hostAndClient(EventLoops loops) {
        return TestTransports.on(loops).ssl(hostStores, clientStores, line -> { }).build();
    }
}
