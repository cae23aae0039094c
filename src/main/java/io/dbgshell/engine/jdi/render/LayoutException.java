package io.dbgshell.engine.jdi.render;

/**
 * An object of a known class is not laid out as this renderer expects (another JDK's internals): the
 * renderer then shows its plain fields instead. Never reaches a user.
 */
final class LayoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LayoutException(String message) {
        super(message, null, false, false);
    }
}
