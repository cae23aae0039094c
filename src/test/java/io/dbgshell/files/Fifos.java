package io.dbgshell.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes real FIFOs with mkfifo(1), as a user would. */
public final class Fifos {
    private static final long MKFIFO_SECONDS = 10;

    private Fifos() {
    }

    public static Path make(Path fifo) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        if (!mkfifo.waitFor(MKFIFO_SECONDS, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
            throw new IOException("mkfifo " + fifo + " failed");
        }
        return fifo;
    }
}
