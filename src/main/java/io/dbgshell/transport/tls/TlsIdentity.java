package io.dbgshell.transport.tls;

import io.dbgshell.security.cert.CertRef;
import io.dbgshell.security.tls.TlsProto;
import io.dbgshell.transport.spec.Listing;
import io.dbgshell.transport.spec.Param;
import io.dbgshell.transport.spec.ParamList;
import io.dbgshell.transport.spec.TransportSyntaxErrors;
import io.dbgshell.transport.spec.TransportSyntaxException;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code proto=} and the one {@code certuser=}/{@code machuser=} that ssl and spipe strings
 * both require, on either side.
 */
public record TlsIdentity(TlsProto proto, CertRef cert) {
    static final Param PROTO = new Param("proto", Param.Kind.VALUE);
    static final Param CERTUSER = new Param("certuser", Param.Kind.VALUE);
    static final Param MACHUSER = new Param("machuser", Param.Kind.VALUE);
    static final Set<Param> KEYS = Set.of(PROTO, CERTUSER, MACHUSER);
    private static final Set<String> INSECURE_PROTOS = Set.of("ssl2", "ssl3", "pct1");

    static TlsIdentity from(ParamList params) throws TransportSyntaxException {
        TlsProto proto = params.required(PROTO, TlsIdentity::proto);
        boolean user = params.has(CERTUSER);
        boolean machine = params.has(MACHUSER);
        if (user && machine) {
            throw TransportSyntaxErrors.notCombined(params.typedKey(CERTUSER), params.typedKey(MACHUSER));
        }
        if (!user && !machine) {
            throw TransportSyntaxErrors.missingEither(params.protocol().label(), CERTUSER, MACHUSER);
        }
        CertRef cert = user ? new CertRef(CertRef.Store.USER, params.required(CERTUSER))
                : new CertRef(CertRef.Store.MACHINE, params.required(MACHUSER));
        return new TlsIdentity(proto, cert);
    }

    /** {@code Proto=tls1,Certuser=box}. */
    void list(Listing listing) {
        listing.add("Proto", proto.label()).add(cert.store().listingKey(), cert.value());
    }

    private static TlsProto proto(String value) throws TransportSyntaxException {
        String wanted = value.toLowerCase(Locale.ROOT);
        if (INSECURE_PROTOS.contains(wanted)) {
            throw TransportSyntaxErrors.insecureProto(value);
        }
        for (TlsProto proto : TlsProto.values()) {
            if (proto.label().equals(wanted)) {
                return proto;
            }
        }
        throw TransportSyntaxErrors.unknownProto(value);
    }
}
