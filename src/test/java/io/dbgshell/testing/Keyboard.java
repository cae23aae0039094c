package io.dbgshell.testing;

import org.jline.terminal.impl.DumbTerminal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Keys typed at a JLine terminal over plain streams, for driving a real line reader in-process. */
public final class Keyboard {
    private final PipedOutputStream keys = new PipedOutputStream();

    /**
     * A terminal that reads what is typed here and shows nothing. {@code type} is the terminal type
     * JLine sees: on {@code dumb} it edits least (Tab is inserted, not completed); {@code xterm}
     * edits fully.
     */
    public DumbTerminal terminal(String type) {
        try {
            return new DumbTerminal("test", type, new PipedInputStream(keys), OutputStream.nullOutputStream(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void type(String typed) {
        try {
            keys.write(typed.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
