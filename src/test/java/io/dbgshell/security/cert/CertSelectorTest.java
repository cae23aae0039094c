package io.dbgshell.security.cert;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static io.dbgshell.security.cert.CertRef.Store.MACHINE;
import static io.dbgshell.security.cert.CertRef.Store.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertSelectorTest {
    @TempDir
    Path dir;
    private CertStores stores;
    private StoreEntry buildBox;

    @BeforeEach
    void fillStores() throws CertException {
        stores = TestStores.in(dir);
        buildBox = TestStores.create(stores, USER, "build-box");
        TestStores.create(stores, USER, "other-box");
    }

    private String select(CertRef.Store store, String value) throws CertException {
        return CertSelector.select(stores, new CertRef(store, value)).sha256();
    }

    @Test
    void findsByAliasAndCommonNameIgnoringCase() throws CertException {
        assertThat(select(USER, "build-box")).isEqualTo(buildBox.sha256());
        assertThat(select(USER, "BUILD-Box")).isEqualTo(buildBox.sha256());

        // An imported certificate keeps its CN but gets another alias: both names find it.
        stores.store(USER).addTrusted("pinned", buildBox.certificate());
        stores.store(MACHINE).addTrusted("pinned", buildBox.certificate());
        assertThat(select(MACHINE, "pinned")).isEqualTo(buildBox.sha256());
        assertThat(select(MACHINE, "build-box")).isEqualTo(buildBox.sha256());
    }

    @Test
    void findsByThumbprintWithSpacesColonsAndMixedCase() throws CertException {
        String sha1 = buildBox.sha1();
        String sha256 = buildBox.sha256();

        assertThat(select(USER, sha1)).isEqualTo(sha256);
        assertThat(select(USER, sha1.replace(":", ""))).isEqualTo(sha256);
        assertThat(select(USER, sha1.replace(":", " ").toLowerCase(Locale.ROOT))).isEqualTo(sha256);
        assertThat(select(USER, sha256)).isEqualTo(sha256);
        assertThat(select(USER, mixedCase(sha256.replace(":", "")))).isEqualTo(sha256);
        assertThat(select(USER, " " + sha256.replace(":", " ") + " ")).isEqualTo(sha256);
    }

    @Test
    void aPartialThumbprintMatchesNothing() {
        String half = buildBox.sha256().substring(0, 20);
        assertThatThrownBy(() -> select(USER, half)).isInstanceOf(CertException.class)
                .hasMessage("No certificate named '" + half + "' (by name, CN or thumbprint) in the user store "
                        + stores.store(USER).file());
    }

    @Test
    void aNameShownBySeveralCertificatesIsRefused() throws CertException {
        stores.store(USER).addTrusted("copy", TestStores.create(stores, MACHINE, "build-box").certificate());

        assertThatThrownBy(() -> select(USER, "build-box")).isInstanceOf(CertException.class)
                .hasMessage("'build-box' matches 2 certificates in the user store (build-box, copy); name one by its thumbprint");
        assertThat(select(USER, buildBox.sha1())).isEqualTo(buildBox.sha256());
    }

    @Test
    void theStoresAreSeparate() {
        assertThatThrownBy(() -> select(MACHINE, "build-box")).isInstanceOf(CertException.class)
                .hasMessageStartingWith("No certificate named 'build-box' (by name, CN or thumbprint) in the machine store ");
    }

    private static String mixedCase(String hex) {
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            mixed.append(i % 2 == 0 ? Character.toLowerCase(c) : c);
        }
        return mixed.toString();
    }
}
