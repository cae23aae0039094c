package io.dbgshell.security.cert;

import io.dbgshell.security.cert.CertRef;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The user store and the machine store, at their default locations unless the environment moves them.
 * The environment is passed in (a map or a lookup function) so tests never touch the real one.
 */
public final class CertStores {
    /** Moves the user store (a path to the .p12 file). */
    public static final String USER_STORE_VARIABLE = "DBGSHELL_USER_STORE";
    /** Moves the machine store (a path to the .p12 file). */
    public static final String MACHINE_STORE_VARIABLE = "DBGSHELL_MACHINE_STORE";
    /** The user store, relative to the home directory. */
    public static final Path USER_STORE_IN_HOME = Path.of(".dbgshell", "certs", "user.p12");
    public static final Path DEFAULT_MACHINE_STORE = Path.of("/etc/dbgshell/certs/machine.p12");

    private final CertStore user;
    private final CertStore machine;

    private CertStores(CertStore user, CertStore machine) {
        this.user = user;
        this.machine = machine;
    }

    /** The stores as this process's environment and home directory place them. */
    public static CertStores fromEnvironment(Map<String, String> environment) {
        return fromEnvironment(environment::get, Path.of(System.getProperty("user.home")));
    }

    public static CertStores fromEnvironment(Function<String, String> environment, Path home) {
        StorePassword passwords = new StorePassword(environment);
        Path userFile = location(environment, USER_STORE_VARIABLE, home.resolve(USER_STORE_IN_HOME));
        Path machineFile = location(environment, MACHINE_STORE_VARIABLE, DEFAULT_MACHINE_STORE);
        return new CertStores(new CertStore(CertRef.Store.USER, userFile, passwords),
                new CertStore(CertRef.Store.MACHINE, machineFile, passwords));
    }

    public CertStore store(CertRef.Store which) {
        return which == CertRef.Store.USER ? user : machine;
    }

    private static Path location(Function<String, String> environment, String variable, Path fallback) {
        String value = environment.apply(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
