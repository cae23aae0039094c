package io.dbgshell.config;

/** dbgshell's own version, from the jar manifest ({@code dev} when run from classes). */
public final class Version {
    private static final String VALUE = lookup();

    private Version() {
    }

    public static String get() {
        return VALUE;
    }

    private static String lookup() {
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : "dev";
    }
}
