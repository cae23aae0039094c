package io.dbgshell.security.cert;

import org.bouncycastle.util.IPAddress;

import java.util.regex.Pattern;

/** Tells a subject alternative name's kind: an IP address literal, a DNS host name, or neither. */
final class HostNames {
    /** Labels of letters, digits and hyphens separated by dots; a leading {@code *.} wildcard is allowed. */
    private static final Pattern DNS_NAME =
            Pattern.compile("(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");

    private HostNames() {
    }

    static boolean isAddress(String text) {
        return IPAddress.isValid(text);
    }

    static boolean isDnsName(String text) {
        return !isAddress(text) && DNS_NAME.matcher(text).matches();
    }
}
