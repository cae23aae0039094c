package io.dbgshell.engine.jdi;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.Location;
import com.sun.jdi.Method;

/**
 * A code location the way WinDbg shows a symbol and its source line, adapted to the JVM:
 * {@code Loop.work+0x3 [Loop.java @ 12]}, where {@code +0x3} is the bytecode index. Without line
 * information only {@code Class.method+0xBCI} is shown.
 */
final class LocationText {
    private LocationText() {
    }

    static String of(Location location) {
        return of(location, "");
    }

    /** The same, with {@code arguments} after the method's name: {@code Loop.work(int n = 3)+0x3 [Loop.java @ 12]} ({@code kp}). */
    static String of(Location location, String arguments) {
        Method method = location.method();
        StringBuilder text = new StringBuilder()
                .append(location.declaringType().name()).append('.').append(method.name()).append(arguments)
                .append("+0x").append(Long.toHexString(Math.max(0, location.codeIndex())));
        int line = location.lineNumber();
        if (line > 0) {
            text.append(" [").append(sourceName(location)).append(" @ ").append(line).append(']');
        }
        return text.toString();
    }

    private static String sourceName(Location location) {
        try {
            return location.sourceName();
        } catch (AbsentInformationException e) {
            return "?";
        }
    }
}
