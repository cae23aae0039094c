package io.dbgshell.cli;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertSelector;
import io.dbgshell.security.cert.CertStore;
import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.cert.CertificateRequest;
import io.dbgshell.security.cert.CertificateTool;
import io.dbgshell.security.cert.KeyAlgorithm;
import io.dbgshell.security.cert.StoreEntry;
import io.dbgshell.security.cert.CertRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dbgshell cert}: create, list, export, import and delete the certificates of the user and machine
 * stores. Each subcommand prints its result on {@code out}; a failure is one {@code Error: } line on
 * {@code err} and exit code 1 (picocli's usage errors keep exit code 2).
 */
@Command(name = "cert", subcommands = CommandLine.HelpCommand.class,
        description = "Manage the TLS certificates of the user and machine stores (ssl and spipe servers).")
public final class CertCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CertCommand.class);
    private static final int FAILED = 1;

    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;

    @Spec
    private CommandSpec spec;

    /** {@code environment} places the stores (see {@link CertStores}); it is read, never changed. */
    public CertCommand(Map<String, String> environment, PrintWriter out, PrintWriter err) {
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    private boolean help;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: create, list, export, import or delete");
    }

    @Command(name = "create", description = "Create a self-signed server certificate and its private key.")
    int create(@Mixin HelpOption help,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "Name: the alias and the subject CN.") String name,
            @Option(names = "--store", defaultValue = "user", converter = StoreConverter.class, paramLabel = "user|machine",
                    description = "user (default) or machine.") CertRef.Store store,
            @Option(names = "--rsa", description = "An RSA 3072 key instead of EC P-256.") boolean rsa,
            @Option(names = "--days", paramLabel = "DAYS", defaultValue = "" + CertificateRequest.DEFAULT_DAYS,
                    description = "Days of validity (default: ${DEFAULT-VALUE}).") int days,
            @Option(names = "--san", split = ",", paramLabel = "HOST",
                    description = "Host names and IP addresses it is valid for (default: the name, localhost, 127.0.0.1).")
            List<String> altNames) {
        return run(() -> {
            CertStore target = stores().store(store);
            CertificateRequest request = CertificateRequest.of(name, rsa ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.EC_P256,
                    altNames == null ? List.of() : altNames, days, Instant.now());
            StoreEntry created = CertificateTool.create(target, request);
            out.println("Created certificate '" + created.subject() + "' in the " + target.label());
            printThumbprints(created);
        });
    }

    @Command(name = "list", description = "List the certificates of a store.")
    int list(@Mixin HelpOption help, @Option(names = "--store", defaultValue = "user", converter = StoreConverter.class, paramLabel = "user|machine",
            description = "user (default) or machine.") CertRef.Store store) {
        return run(() -> {
            CertStore source = stores().store(store);
            List<StoreEntry> entries = source.entries();
            out.println(capitalized(source.label()) + " " + source.file() + ": " + count(entries.size()));
            for (StoreEntry entry : entries) {
                out.println(entry.alias());
                out.println("  Subject      " + entry.subject());
                out.println("  Valid        " + entry.certificate().getNotBefore().toInstant() + " to "
                        + entry.certificate().getNotAfter().toInstant());
                out.println("  SHA-1        " + entry.sha1());
                out.println("  SHA-256      " + entry.sha256());
                out.println("  Private key  " + (entry.hasPrivateKey() ? "yes" : "no"));
            }
        });
    }

    @Command(name = "export", description = "Write a certificate (never its private key) to a PEM file.")
    int export(@Mixin HelpOption help,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "Name, CN or SHA-1/SHA-256 thumbprint.") String name,
            @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PEM file to write.") Path file,
            @Option(names = "--store", defaultValue = "user", converter = StoreConverter.class, paramLabel = "user|machine",
                    description = "user (default) or machine.") CertRef.Store store) {
        return run(() -> {
            CertStore source = stores().store(store);
            StoreEntry exported = CertificateTool.export(source, name, file);
            out.println("Exported certificate '" + exported.subject() + "' from the " + source.label() + " to " + file);
            printThumbprints(exported);
        });
    }

    @Command(name = "import", description = "Add a PEM certificate (a server's, to pin it) without a private key.")
    int importPem(@Mixin HelpOption help,
            @Option(names = "--file", required = true, paramLabel = "FILE", description = "The PEM file to read.") Path file,
            @Option(names = "--name", paramLabel = "NAME", description = "Its name in the store (default: its subject CN).") String name,
            @Option(names = "--store", defaultValue = "user", converter = StoreConverter.class, paramLabel = "user|machine",
                    description = "user (default) or machine.") CertRef.Store store) {
        return run(() -> {
            CertStore target = stores().store(store);
            StoreEntry imported = CertificateTool.importPem(target, file, Optional.ofNullable(name));
            out.println("Imported certificate '" + imported.subject() + "' as '" + imported.alias() + "' into the "
                    + target.label());
            printThumbprints(imported);
        });
    }

    @Command(name = "delete", description = "Delete a certificate and its private key.")
    int delete(@Mixin HelpOption help,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "Name, CN or SHA-1/SHA-256 thumbprint.") String name,
            @Option(names = "--store", defaultValue = "user", converter = StoreConverter.class, paramLabel = "user|machine",
                    description = "user (default) or machine.") CertRef.Store store) {
        return run(() -> {
            CertStore target = stores().store(store);
            StoreEntry deleted = CertificateTool.delete(target, name);
            out.println("Deleted certificate '" + deleted.alias() + "' (" + deleted.subject() + ") from the " + target.label());
        });
    }

    private interface Action {
        void run() throws CertException;
    }

    /** The one place a subcommand's failure becomes an {@code Error:} line and exit code 1. */
    private int run(Action action) {
        try {
            action.run();
            return CommandLine.ExitCode.OK;
        } catch (CertException e) {
            LOG.debug("cert command failed", e);
            err.println("Error: " + e.getMessage());
            return FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private CertStores stores() {
        return CertStores.fromEnvironment(environment);
    }

    private void printThumbprints(StoreEntry entry) {
        out.println("  SHA-1   " + entry.sha1() + "   SHA-256 " + entry.sha256());
    }

    private static String count(int certificates) {
        return certificates == 1 ? "1 certificate" : certificates + " certificates";
    }

    private static String capitalized(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** {@code -h}/{@code --help} on every subcommand. */
    static final class HelpOption {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;
    }

    /** {@code --store user|machine}, case ignored. */
    static final class StoreConverter implements CommandLine.ITypeConverter<CertRef.Store> {
        @Override
        public CertRef.Store convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "user" -> CertRef.Store.USER;
                case "machine" -> CertRef.Store.MACHINE;
                default -> throw new CommandLine.TypeConversionException("expected user or machine, not '" + value + "'");
            };
        }
    }
}
