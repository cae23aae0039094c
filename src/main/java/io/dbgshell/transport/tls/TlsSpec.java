package io.dbgshell.transport.tls;

import io.dbgshell.security.cert.CertRef;
import io.dbgshell.security.tls.TlsProto;
import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.transport.spec.Listing;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSpec;

/**
 * {@code ssl:} and {@code spipe:}: TLS with {@code proto=} and one certificate over a carrier's
 * endpoint (tcp's for ssl, npipe's for spipe), whose rules they keep. The carrier's spec holds
 * the role and the common parameters.
 *
 * @param protocol the TLS protocol's own name ({@code ssl}, {@code spipe})
 * @param carrier  the endpoint under the TLS layer
 */
public record TlsSpec<C extends TransportSpec>(Protocol protocol, TlsIdentity tls, C carrier) implements TransportSpec {

    public TlsProto proto() {
        return tls.proto();
    }

    public CertRef cert() {
        return tls.cert();
    }

    @Override
    public Role role() {
        return carrier.role();
    }

    @Override
    public CommonParams common() {
        return carrier.common();
    }

    @Override
    public boolean reverse() {
        return carrier.reverse();
    }

    @Override
    public boolean anyPort() {
        return carrier.anyPort();
    }

    /** The same TLS over the carrier as it was bound (its actual port or pipe name). */
    public TlsSpec<C> over(C bound) {
        return new TlsSpec<>(protocol, tls, bound);
    }

    @Override
    public void list(Listing listing) {
        tls.list(listing);
        carrier.list(listing);
    }

    @Override
    public void hint(Listing listing, String host) {
        tls.list(listing);
        carrier.hint(listing, host);
    }
}
