package io.dbgshell.command;

/**
 * One command cut out of a line: its name (lower case for dot-commands), the text after it, and the
 * command as typed.
 */
public record CommandText(String name, String arguments, String text) {
}
