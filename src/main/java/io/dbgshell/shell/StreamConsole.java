package io.dbgshell.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Commands from a pipe or file, output as plain text: no prompt of its own, no escape sequences. */
public final class StreamConsole implements Console {
    private final BufferedReader in;
    private final PrintStream out;

    public StreamConsole(InputStream in, OutputStream out) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public synchronized void print(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public void prompt(String prompt) {
        // the prompt reaches a pipe reader only as part of each echoed command
    }

    @Override
    public void clearScreen() {
        // a pipe or file has no screen to clear
    }

    @Override
    public Optional<String> readLine() {
        try {
            return Optional.ofNullable(in.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // every print is flushed already; flushing here would wait forever on a pipe nobody reads
    }
}
