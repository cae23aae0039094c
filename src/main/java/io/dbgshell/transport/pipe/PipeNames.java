package io.dbgshell.transport.pipe;

import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSyntaxErrors;
import io.dbgshell.transport.spec.TransportSyntaxException;

import java.util.Set;

/**
 * The rules for a {@code pipe=} name. A name becomes a socket file in the machine's pipe
 * directory, so it may not hold {@code /}, spaces, quotes or control characters, nor be
 * {@code .} or {@code ..}. A server's name may use {@code %d}/{@code %x} (process id, then thread
 * id; at most two) and {@code %%} (a literal {@code %}); any other {@code %} is refused. A client
 * names the pipe as the server actually created it, after that expansion, so there {@code %} is
 * an ordinary character.
 */
final class PipeNames {
    /** How many {@code %d}/{@code %x} codes a name may hold: the process id, then the thread id. */
    private static final int MAX_CODES = 2;

    private static final Set<String> DIRECTORY_NAMES = Set.of(".", "..");
    private static final char PERCENT = '%';

    private PipeNames() {
    }

    /** Returns {@code name} unchanged when it is a valid pipe name for {@code role}. */
    static String check(String name, Role role) throws TransportSyntaxException {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '"' || c == '\'' || c == '/') {
                throw TransportSyntaxErrors.badPipeCharacters(name);
            }
        }
        if (DIRECTORY_NAMES.contains(name)) {
            throw TransportSyntaxErrors.reservedPipeName(name);
        }
        if (role == Role.SERVER) {
            checkCodes(name);
        }
        return name;
    }

    private static void checkCodes(String name) throws TransportSyntaxException {
        int codes = 0;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != PERCENT) {
                continue;
            }
            char next = i + 1 < name.length() ? name.charAt(i + 1) : 0;
            if (next == 'd' || next == 'x') {
                codes++;
            } else if (next != PERCENT) {
                throw TransportSyntaxErrors.badPipeCode(name, name.substring(i, Math.min(i + 2, name.length())));
            }
            i++;
        }
        if (codes > MAX_CODES) {
            throw TransportSyntaxErrors.tooManyPipeCodes(name);
        }
    }
}
