package io.dbgshell.transport.tls;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An {@link SslFixture} made once per test class in a directory of its own, removed after the class:
 * {@code @RegisterExtension static final SslFixtureExtension certs = new SslFixtureExtension();}
 * keeps the certificate walk-through out of every ssl and spipe test class.
 */
public final class SslFixtureExtension implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private SslFixture fixture;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("dbgshell-certs");
        fixture = new SslFixture(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(SslFixtureExtension::delete);
        }
    }

    /** The host's and the client's stores of this class's tests. */
    public SslFixture fixture() {
        return fixture;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
