package io.dbgshell.protocol;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** Who a participant is, as WinDbg shows it: {@code MACHINE\\user}. */
public record Identity(String machine, String user) {

    /** This process: the machine's host name and the user running it. */
    public static Identity local() {
        return new Identity(HostName.get(), System.getProperty("user.name", "user"));
    }

    @Override
    public String toString() {
        return machine + "\\" + user;
    }

    /** The machine's host name, read once; Linux's kernel file first because it needs no DNS lookup. */
    public static final class HostName {
        private static final String NAME = lookup();

        private HostName() {
        }

        public static String get() {
            return NAME;
        }

        private static String lookup() {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            try {
                if (Files.isReadable(kernel)) {
                    String name = Files.readString(kernel).trim();
                    if (!name.isEmpty()) {
                        return name;
                    }
                }
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                LoggerFactory.getLogger(HostName.class).debug("host name lookup failed", e);
                return "localhost";
            }
        }
    }
}
