package io.dbgshell.bench;

import io.dbgshell.security.cert.CertSelector;
import io.dbgshell.security.tls.TlsContexts;
import io.dbgshell.testing.TestHost;
import io.dbgshell.security.cert.CertRef;
import io.dbgshell.transport.tls.TlsSpec;

/**
 * What an ssl client pays before its first byte: building its TLS context (reading the pinned
 * certificate from its store). Arguments: repetitions (default 50).
 */
public final class TlsContextCost {
    private TlsContextCost() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Report.header("ssl client context build");
        try (BenchSession bench = new BenchSession(TestHost.fastSettings(), "ssl", "")) {
            TlsSpec<?> spec = (TlsSpec<?>) bench.server.spec();
            CertRef pinned = new CertRef(spec.cert().store(), "pinned-srv");
            long[] times = new long[n];
            for (int i = -5; i < n; i++) {
                long start = System.nanoTime();
                TlsContexts.forClient(spec.proto(), pinned, bench.certificates.clientStores);
                if (i >= 0) {
                    times[i] = System.nanoTime() - start;
                }
            }
            Report.line("TlsContexts.forClient %s", Stats.of(times).spread(1e6, " ms"));
            long[] selects = new long[n];
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                CertSelector.select(bench.certificates.clientStores, pinned);
                selects[i] = System.nanoTime() - start;
            }
            Report.line("of which CertSelector.select (reading the store) %s", Stats.of(selects).spread(1e6, " ms"));
        }
    }
}
