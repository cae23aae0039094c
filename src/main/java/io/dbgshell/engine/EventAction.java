package io.dbgshell.engine;

/** What happens when a filtered event occurs (ENGINE.md §4), set by the command of the same name. */
public enum EventAction {
    /** {@code sxe}: stop the target. */
    BREAK("sxe", "break"),
    /** {@code sxd}: exceptions stop only when uncaught; other events are only shown. */
    SECOND_CHANCE("sxd", "second-chance break"),
    /** {@code sxn}: show it and go on. */
    OUTPUT("sxn", "output"),
    /** {@code sxi}: nothing. */
    IGNORE("sxi", "ignore");

    // EventFilter.Kind has the same shape (two words and their getters) and stays apart: an enum
    // cannot inherit fields, and a shared record of the two words would add a type without taking a
    // line away from either.
    private final String command;
    private final String description;

    EventAction(String command, String description) {
        this.command = command;
        this.description = description;
    }

    /** The command that sets it. */
    public String command() {
        return command;
    }

    /** How {@code sx} lists it. */
    public String description() {
        return description;
    }
}
