package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;

/**
 * What {@code .attach} names, parsed once: a local process id ({@code 4242}, or WinDbg's
 * {@code 0n4242}) or the address of a listening JDWP agent ({@code HOST:PORT}).
 *
 * @param pid  the process id, or -1 for an address
 * @param host the agent's host, empty for a process id
 * @param port the agent's port, 0 for a process id
 */
record AttachTarget(long pid, String host, int port) {

    static AttachTarget parse(String command, String text) throws CommandException {
        String target = text.strip();
        if (target.isEmpty() || target.contains(" ")) {
            throw new CommandException(command + " needs one process id or HOST:PORT"
                    + (target.isEmpty() ? "" : ", got '" + target + "'"));
        }
        int colon = target.lastIndexOf(':');
        if (colon < 0) {
            String digits = target.startsWith("0n") ? target.substring(2) : target;
            if (!digits.matches("[0-9]{1,18}")) {
                throw new CommandException(command + ": '" + target + "' is neither a process id nor HOST:PORT");
            }
            return new AttachTarget(Long.parseLong(digits), "", 0);
        }
        String host = target.substring(0, colon);
        String port = target.substring(colon + 1);
        if (host.isEmpty()) {
            throw new CommandException(command + ": '" + target + "' names no host (HOST:PORT)");
        }
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new CommandException(command + ": '" + port + "' is not a port (1-65535)");
        }
        return new AttachTarget(-1, host, Integer.parseInt(port));
    }

    boolean byPid() {
        return pid >= 0;
    }
}
