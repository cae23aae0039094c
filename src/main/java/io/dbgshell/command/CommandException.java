package io.dbgshell.command;

/** A command failed in a way the user should read: one line, naming what was wrong, without the {@code Error:} prefix. */
public final class CommandException extends Exception {
    public CommandException(String message) {
        super(message);
    }
}
