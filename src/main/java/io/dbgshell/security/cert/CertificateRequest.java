package io.dbgshell.security.cert;

import io.dbgshell.security.CertException;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a new self-signed server certificate should say: subject {@code CN=name}, the key type, the host
 * names and addresses it is valid for, and its validity period.
 */
public record CertificateRequest(String name, KeyAlgorithm algorithm, List<String> subjectAltNames,
                                 Instant notBefore, Instant notAfter) {
    public static final int DEFAULT_DAYS = 365;
    /** Names a certificate is valid for when the user gives none, besides its own name. */
    public static final List<String> DEFAULT_EXTRA_NAMES = List.of("localhost", "127.0.0.1");
    /** Back-dates the start a little so a peer whose clock runs slightly behind still accepts a new certificate. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public CertificateRequest {
        subjectAltNames = List.copyOf(subjectAltNames);
    }

    /**
     * A certificate valid for {@code days} days from {@code now}. With no alternative names given, it is
     * valid for its name (when that is a host name or address), {@code localhost} and {@code 127.0.0.1}.
     */
    public static CertificateRequest of(String name, KeyAlgorithm algorithm, List<String> subjectAltNames, int days,
                                        Instant now) throws CertException {
        if (name == null || name.isBlank() || !name.equals(name.strip())) {
            throw new CertException("Invalid certificate name '" + name + "': it must be non-empty, without leading or trailing spaces");
        }
        if (days < 1) {
            throw new CertException("Invalid validity of " + days + " days: it must be at least 1");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String altName : subjectAltNames) {
            String host = altName.strip();
            if (!HostNames.isAddress(host) && !HostNames.isDnsName(host)) {
                throw new CertException("Invalid subject alternative name '" + altName + "': not a host name or IP address");
            }
            names.add(host);
        }
        if (names.isEmpty()) {
            // A free-form name such as "build box" cannot be a DNS name; the certificate still carries it as its CN.
            if (HostNames.isAddress(name) || HostNames.isDnsName(name)) {
                names.add(name);
            }
            names.addAll(DEFAULT_EXTRA_NAMES);
        }
        return new CertificateRequest(name, algorithm, List.copyOf(names), now.minus(CLOCK_SKEW),
                now.plus(Duration.ofDays(days)));
    }
}
