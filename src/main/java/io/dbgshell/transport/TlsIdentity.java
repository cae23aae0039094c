package io.dbgshell.transport;

/**
 * The {@code proto=} and the one {@code certuser=}/{@code machuser=} that ssl and spipe strings
 * both require, on either side.
 */
record TlsIdentity(TlsProto proto, CertRef cert) {

    static TlsIdentity from(ParamList params) throws TransportSyntaxException {
        TlsProto proto = params.required(Param.PROTO, ParamValues::proto);
        boolean user = params.has(Param.CERTUSER);
        boolean machine = params.has(Param.MACHUSER);
        if (user && machine) {
            throw TransportSyntaxErrors.notCombined(params.typedKey(Param.CERTUSER), params.typedKey(Param.MACHUSER));
        }
        if (!user && !machine) {
            throw TransportSyntaxErrors.missingEither(params.protocol().label(), Param.CERTUSER, Param.MACHUSER);
        }
        CertRef cert = user ? new CertRef(CertRef.Store.USER, params.required(Param.CERTUSER))
                : new CertRef(CertRef.Store.MACHINE, params.required(Param.MACHUSER));
        return new TlsIdentity(proto, cert);
    }
}
