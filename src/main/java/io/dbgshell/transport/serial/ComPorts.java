package io.dbgshell.transport.serial;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a normalised port name ({@code COM3} or a path) to the device the platform opens. */
final class ComPorts {
    private static final Pattern NUMBERED = Pattern.compile("COM([1-9][0-9]*)");
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private ComPorts() {
    }

    /** {@code COM3} is the third serial port: {@code COM3} on Windows, {@code /dev/ttyS2} elsewhere; a path is kept. */
    static String devicePath(String port) {
        Matcher m = NUMBERED.matcher(port);
        if (!m.matches() || WINDOWS) {
            return port;
        }
        return "/dev/ttyS" + (Integer.parseInt(m.group(1)) - 1);
    }

    static boolean onWindows() {
        return WINDOWS;
    }
}
