package io.dbgshell.security.tls;

import java.util.List;

/** The {@code proto=} of ssl and spipe. Legacy values (ssl2, ssl3, pct1) are refused by the parser. */
public enum TlsProto {
    /** The newest TLS both sides support: 1.3, else 1.2. */
    TLS1("tls1", List.of("TLSv1.3", "TLSv1.2")),
    TLS12("tls12", List.of("TLSv1.2")),
    TLS13("tls13", List.of("TLSv1.3"));

    private final String label;
    private final List<String> jsseProtocols;

    TlsProto(String label, List<String> jsseProtocols) {
        this.label = label;
        this.jsseProtocols = jsseProtocols;
    }

    public String label() {
        return label;
    }

    /** The JSSE protocol names to enable, newest first. */
    public List<String> jsseProtocols() {
        return jsseProtocols;
    }
}
