package io.dbgshell.shell;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Commands from a pipe or file, output as plain text: no prompt of its own, no escape sequences. */
public final class StreamConsole implements Console {
    private final BufferedReader in;
    private final Closeable source;
    private final PrintStream out;
    private volatile boolean closed;

    /** @param in closed when the console is closed */
    public StreamConsole(InputStream in, OutputStream out) {
        this(in, in, out);
    }

    private StreamConsole(InputStream in, Closeable source, OutputStream out) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.source = source;
        this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
    }

    /**
     * This process's standard input and output. Input is read through a {@link FileChannel}, whose
     * close wakes a read blocked in it: the JVM's exit waits up to 300 ms for every thread still
     * in native code, so a reader left blocked in a plain stream's read would hold up every exit.
     */
    public static StreamConsole standardStreams() {
        return over(new FileInputStream(FileDescriptor.in).getChannel(), System.out);
    }

    /**
     * The console of a host started with {@code -noio}: it reads nothing and shows nothing, so
     * output goes to clients and the transcript only.
     */
    public static StreamConsole none() {
        return new StreamConsole(InputStream.nullInputStream(), OutputStream.nullOutputStream());
    }

    /** Reads {@code in}, an interruptible channel: closing the console wakes a read blocked in it. */
    static StreamConsole over(ReadableByteChannel in, OutputStream out) {
        return new StreamConsole(Channels.newInputStream(in), in, out);
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
            if (closed) {
                return Optional.empty(); // closed under the read on the way out: no more input will come
            }
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops a read in progress. Output is not flushed: every print is flushed already, and
     * flushing here would wait forever on a pipe nobody reads.
     */
    @Override
    public void close() {
        closed = true;
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
