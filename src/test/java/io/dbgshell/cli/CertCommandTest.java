package io.dbgshell.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CertCommandTest {
    private static final Pattern THUMBPRINTS =
            Pattern.compile("  SHA-1   ((?:[0-9A-F]{2}:){19}[0-9A-F]{2})   SHA-256 ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})");

    @TempDir
    Path dir;
    private Path userStore;
    private Path machineStore;
    private Map<String, String> environment;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void placeStores() {
        userStore = dir.resolve("home/.dbgshell/certs/user.p12");
        machineStore = dir.resolve("etc/certs/machine.p12");
        environment = Map.of("DBGSHELL_USER_STORE", userStore.toString(), "DBGSHELL_MACHINE_STORE", machineStore.toString());
    }

    private int cert(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLine(new CertCommand(environment, new PrintWriter(out), new PrintWriter(err)))
                .setErr(new PrintWriter(err)).setOut(new PrintWriter(out)).execute(args);
    }

    @Test
    void createPrintsSubjectAndBothThumbprintsAndStoresOwnerOnly() throws Exception {
        assertThat(cert("create", "--name", "build-box")).isZero();

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("Created certificate 'CN=build-box' in the user store");
        assertThat(lines[1]).matches(THUMBPRINTS);
        assertThat(err.toString()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(userStore))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(userStore.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("home/.dbgshell"))))
                .isEqualTo("rwx------");
        Path passwordFile = userStore.resolveSibling("user.p12.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        assertThat(machineStore).doesNotExist();
    }

    @Test
    void listShowsNameSubjectValidityThumbprintsAndKeyPresence() {
        cert("create", "--name", "build-box", "--days", "30");
        Matcher created = THUMBPRINTS.matcher(out.toString());
        assertThat(created.find()).isTrue();

        assertThat(cert("list")).isZero();

        assertThat(out.toString()).startsWith("User store " + userStore + ": 1 certificate\n")
                .contains("build-box\n", "  Subject      CN=build-box\n", "  SHA-1        " + created.group(1) + "\n",
                        "  SHA-256      " + created.group(2) + "\n", "  Private key  yes\n")
                .containsPattern("  Valid        \\d{4}-\\d\\d-\\d\\dT\\S+Z to \\d{4}-\\d\\d-\\d\\dT\\S+Z\n");
    }

    @Test
    void exportImportIntoTheOtherStoreAndDelete() throws Exception {
        cert("create", "--name", "build-box", "--rsa", "--san", "build-box.example,10.0.0.7");
        Path pem = dir.resolve("build-box.pem");

        assertThat(cert("export", "--name", "build-box", "--out", pem.toString())).isZero();
        String text = Files.readString(pem);
        assertThat(text).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n")
                .doesNotContain("PRIVATE KEY");

        assertThat(cert("import", "--file", pem.toString(), "--store", "machine")).isZero();
        assertThat(out.toString()).startsWith("Imported certificate 'CN=build-box' as 'build-box' into the machine store\n");

        cert("list", "--store", "MACHINE");
        assertThat(out.toString()).contains("build-box\n", "  Private key  no\n");

        assertThat(cert("import", "--file", pem.toString(), "--store", "machine", "--name", "again")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Error: This certificate is already in the machine store as 'build-box'\n");

        assertThat(cert("delete", "--name", "build-box", "--store", "machine")).isZero();
        assertThat(out.toString()).isEqualTo("Deleted certificate 'build-box' (CN=build-box) from the machine store\n");
        cert("list", "--store", "machine");
        assertThat(out.toString()).isEqualTo("Machine store " + machineStore + ": 0 certificates\n");
        cert("list");
        assertThat(out.toString()).contains("1 certificate");
    }

    @Test
    void deleteAcceptsAThumbprintAsTyped() {
        cert("create", "--name", "build-box");
        Matcher created = THUMBPRINTS.matcher(out.toString());
        assertThat(created.find()).isTrue();
        String typed = created.group(1).replace(":", " ").toLowerCase();

        assertThat(cert("delete", "--name", typed)).isZero();
        assertThat(cert("list")).isZero();
        assertThat(out.toString()).contains("0 certificates");
    }

    @Test
    void failuresAreOneErrorLineWithExitCodeOne() {
        assertThat(cert("export", "--name", "nothing", "--out", dir.resolve("x.pem").toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Error: No certificate named 'nothing' (by name, CN or thumbprint) in the user store "
                + userStore + "\n");

        cert("create", "--name", "build-box");
        assertThat(cert("create", "--name", "build-box")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Error: A certificate named 'build-box' is already in the user store\n");

        assertThat(cert("create", "--name", "x", "--days", "0")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Error: Invalid validity of 0 days: it must be at least 1\n");

        assertThat(cert("create", "--name", "x", "--san", "no such host")).isEqualTo(1);
        assertThat(err.toString()).startsWith("Error: Invalid subject alternative name 'no such host'").hasLineCount(1);

        assertThat(cert("import", "--file", dir.resolve("missing.pem").toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Error: Cannot read " + dir.resolve("missing.pem") + ": no such file or directory\n");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(cert("create")).isEqualTo(2);
        assertThat(err.toString()).contains("--name");
        assertThat(cert("list", "--store", "system")).isEqualTo(2);
        assertThat(err.toString()).contains("expected user or machine");
        assertThat(cert()).isEqualTo(2);
        assertThat(err.toString()).contains("Missing subcommand");
        assertThat(cert("create", "--help")).isZero();
        assertThat(out.toString()).contains("--san=HOST", "--store=user|machine");
    }

    @Test
    void storeUsesThePasswordFromTheEnvironmentWhenSet() {
        environment = Map.of("DBGSHELL_USER_STORE", userStore.toString(), "DBGSHELL_STORE_PASSWORD", "s3cret");
        assertThat(cert("create", "--name", "build-box")).isZero();
        assertThat(userStore.resolveSibling("user.p12.password")).doesNotExist();

        environment = Map.of("DBGSHELL_USER_STORE", userStore.toString(), "DBGSHELL_STORE_PASSWORD", "wrong");
        assertThat(cert("list")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Error: Cannot open the user store " + userStore
                + ": wrong password (from DBGSHELL_STORE_PASSWORD)\n");

        environment = Map.of("DBGSHELL_USER_STORE", userStore.toString());
        assertThat(cert("list")).isEqualTo(1);
        assertThat(err.toString()).startsWith("Error: Cannot open the user store " + userStore + ": its password file ")
                .contains("set DBGSHELL_STORE_PASSWORD");
    }
}
