package io.dbgshell.files;

import io.dbgshell.config.Tunables;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Opens the files a user names (scripts, transcripts) so that none of them can stall the caller
 * for long, whatever the file is. Anything but a regular file (a FIFO, a device, a socket) is
 * refused before it is opened. The open itself, and for reading the whole read, run on a helper
 * thread that the caller waits for at most the timeout; afterwards the path must still name a
 * regular file, the same one that was checked. Together these close the window in which a FIFO
 * could be swapped in after the check: such an open blocks in the kernel, the caller gives up in
 * time, and the helper is abandoned (a thread blocked in {@code open(2)} cannot be interrupted; it
 * ends when the FIFO gets a writer). At most {@link FilesSettings#OPEN_HELPERS} helpers exist at once, so a user
 * who keeps swapping in FIFOs gets refusals, not threads.
 */
public final class UserFiles {
    /** For what is not part of a session (the engine's sources, discovery records): the default settings. */
    public static final UserFiles DEFAULT = new UserFiles(Tunables.DEFAULTS);

    private static final int READ_CHUNK = 64 * 1024;
    /** What may stall an open: a FIFO without a writer blocks in it, a hung mount too. */
    private static final String FILE_SUSPECTS = "a FIFO, or a stalled file system?";

    private final Duration timeout;
    private final int maxHelpers;
    private final Semaphore helpers;
    /**
     * The helpers, kept a while between tasks: the line under every step stop looks for its file,
     * and a thread started for each look cost about 0.4 ms on a loaded machine. The semaphore keeps
     * the tasks under way to the helpers' number, so a task never waits here for a thread for long.
     */
    private final ThreadPoolExecutor helperThreads;

    /**
     * @param tunables how long one open (or one whole read, or one look at a path's directories) may
     *                 take, how many helpers may exist, and how long an idle one is kept
     */
    public UserFiles(Tunables tunables) {
        this.timeout = tunables.get(FilesSettings.OPEN_TIMEOUT);
        this.maxHelpers = tunables.get(FilesSettings.OPEN_HELPERS);
        this.helpers = new Semaphore(maxHelpers);
        this.helperThreads = new ThreadPoolExecutor(maxHelpers, maxHelpers,
                tunables.get(FilesSettings.HELPER_IDLE).toNanos(), TimeUnit.NANOSECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread helper = new Thread(task, "dbgshell-file-helper");
                    helper.setDaemon(true);
                    return helper;
                });
        helperThreads.allowCoreThreadTimeOut(true);
    }

    /**
     * Reads the whole of a regular file.
     *
     * @throws UserFileException when it is not a regular file, holds more than {@code maxBytes}, or
     *                           does not open and read within the timeout
     * @throws IOException       as {@link Files} throws it (missing, permission denied, ...)
     */
    public byte[] read(Path file, int maxBytes) throws IOException {
        FileIdentity checked = FileIdentity.of(file).orElseThrow(() -> new NoSuchFileException(file.toString()));
        checked.requireRegular();
        return within("open and read", FILE_SUSPECTS, () -> {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                checked.requireStillAt(file);
                return readAtMost(channel, maxBytes);
            }
        }, bytes -> { });
    }

    /**
     * Opens a regular file for writing, appended to or truncated; a missing file is created
     * readable and writable by its owner only, since what is written may be session text.
     *
     * @throws UserFileException when it is not a regular file or does not open within the timeout
     * @throws IOException       as {@link FileChannel#open} throws it
     */
    public FileChannel openForWriting(Path file, boolean append) throws IOException {
        Optional<FileIdentity> checked = FileIdentity.of(file);
        if (checked.isPresent()) {
            checked.get().requireRegular();
        }
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        return within("open", FILE_SUSPECTS, () -> {
            FileChannel channel = FileChannel.open(file, options, PrivateFiles.OWNER_ONLY);
            try {
                if (checked.isPresent()) {
                    checked.get().requireStillAt(file);
                } else {
                    FileIdentity.of(file).orElseThrow(() -> new NoSuchFileException(file.toString())).requireRegular();
                }
                return channel;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }, PrivateFiles::closeQuietly);
    }

    /**
     * Asks {@code question} about each of {@code paths} in turn, on a helper that the caller waits
     * for at most the timeout in all, so that a path on a file system that does not answer (a hung
     * network mount) cannot stall the caller. A question only looks ({@code stat}); it opens nothing.
     *
     * @param most how many present answers end the asking ({@code 1}: the first)
     * @return the present answers, in the order of {@code paths}, up to the path that did not answer
     */
    public <T> Answers<T> ask(List<Path> paths, int most, PathQuestion<T> question) {
        List<T> answers = new CopyOnWriteArrayList<>();
        if (paths.isEmpty()) {
            return new Answers<>(List.of(), Optional.empty());
        }
        AtomicReference<Path> asking = new AtomicReference<>(paths.get(0));
        try {
            within("answer", "a stalled file system?", () -> {
                for (Path path : paths) {
                    asking.set(path);
                    question.ask(path).ifPresent(answers::add);
                    if (answers.size() == most) {
                        break;
                    }
                }
                return answers;
            }, late -> { });
            return new Answers<>(List.copyOf(answers), Optional.empty());
        } catch (IOException e) { // only the wait's: a question throws none
            return new Answers<>(List.copyOf(answers), Optional.of(asking.get() + " " + e.getMessage()));
        }
    }

    /** What {@link #ask} asks of one path: an answer, or none (a file that cannot be looked at has none). */
    @FunctionalInterface
    public interface PathQuestion<T> {
        Optional<T> ask(Path path);
    }

    /**
     * What {@link #ask} found, and why it stopped short if it did.
     *
     * @param found      the present answers of the paths that answered
     * @param unanswered the path that did not answer in time, and for how long it was waited for
     */
    public record Answers<T>(List<T> found, Optional<String> unanswered) {
    }

    private static byte[] readAtMost(FileChannel channel, int maxBytes) throws IOException {
        byte[] bytes = new byte[Math.min(maxBytes, READ_CHUNK) + 1];
        int length = 0;
        while (true) {
            if (length == bytes.length) {
                if (length > maxBytes) {
                    throw new UserFileException("is larger than " + maxBytes + " bytes");
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min((long) maxBytes + 1, 2L * length));
            }
            int read = channel.read(ByteBuffer.wrap(bytes, length, bytes.length - length));
            if (read < 0) {
                return Arrays.copyOf(bytes, length);
            }
            length += read;
        }
    }

    /** What a helper does: an open, or an open and a read. */
    @FunctionalInterface
    private interface FileTask<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code task} on a helper and waits for it at most the timeout; a result that arrives
     * after the caller gave up is handed to {@code discard} (an open channel is closed).
     *
     * @param doing    what the task does, for the message when it takes too long ({@code open})
     * @param suspects what may have held it up, for the same message
     */
    private <T> T within(String doing, String suspects, FileTask<T> task, Consumer<T> discard) throws IOException {
        if (!helpers.tryAcquire()) {
            throw new UserFileException("cannot be opened now: " + maxHelpers
                    + " earlier files are still stuck opening (FIFOs?)");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Future<?> helper = helperThreads.submit(() -> {
            try {
                T value = task.run();
                if (!result.complete(value)) {
                    discard.accept(value);
                }
            } catch (IOException | RuntimeException | Error e) {
                result.completeExceptionally(e);
            } finally {
                helpers.release();
            }
        });
        try {
            return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            UserFileException late = new UserFileException("did not " + doing + " within " + timeout.toMillis()
                    + " ms (" + suspects + ")");
            if (!result.completeExceptionally(late)) {
                return result.join(); // it finished just as we gave up: use it
            }
            helper.cancel(true); // interrupts a read blocked on a FileChannel; an open(2) or a stat stays blocked
            throw late;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) cause;
        }
    }

    /** A file as {@code stat} sees it (following links): its type, and which file it is. */
    private record FileIdentity(int mode, Object device, Object inode) {
        static Optional<FileIdentity> of(Path file) throws IOException {
            Map<String, Object> attributes;
            try {
                attributes = Files.readAttributes(file, "unix:mode,dev,ino");
            } catch (NoSuchFileException absent) {
                return Optional.empty();
            }
            return Optional.of(new FileIdentity((Integer) attributes.get("mode"), attributes.get("dev"),
                    attributes.get("ino")));
        }

        void requireRegular() throws UserFileException {
            if (!FileTypes.isRegular(mode)) {
                throw new UserFileException("is " + FileTypes.describe(mode) + ", not a regular file");
            }
        }

        /** The path still names this file, so the one just opened is the one checked. */
        void requireStillAt(Path file) throws IOException {
            FileIdentity now = of(file).orElseThrow(() -> new UserFileException("vanished while it was opened"));
            if (!now.device.equals(device) || !now.inode.equals(inode)) {
                throw new UserFileException("was replaced while it was opened");
            }
        }
    }
}
