package io.dbgshell.testing;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * A mount that stops answering, as a hung network mount does: paths at or below its root are the
 * real ones underneath, but every question about such a file ({@code stat}, access, open) waits
 * until {@link #close}. Only the questions stall: naming, resolving and comparing paths answer at
 * once, as they do on a real mount, and a path resolved out of the mount is a plain one again.
 * Close it after the test, so that the threads it holds end.
 */
public final class StalledFileSystem extends FileSystem implements AutoCloseable {
    private final FileSystem real = FileSystems.getDefault();
    private final Provider provider = new Provider();
    private final CountDownLatch answering = new CountDownLatch(1);
    private final Path root;

    /** @param root where the mount is, a path of the default file system */
    public StalledFileSystem(Path root) {
        this.root = root;
    }

    /** The mount's root, as a path of this file system: any question about it, or below it, stalls. */
    public Path root() {
        return wrap(root);
    }

    private Path wrap(Path path) {
        return (Path) Proxy.newProxyInstance(Path.class.getClassLoader(), new Class<?>[] {Path.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getFileSystem")) {
                        return this;
                    }
                    Object[] unwrapped = args == null ? null : args.clone();
                    for (int i = 0; unwrapped != null && i < unwrapped.length; i++) {
                        unwrapped[i] = unwrap(unwrapped[i]);
                    }
                    try {
                        Object result = method.invoke(path, unwrapped);
                        return result instanceof Path inner && inner.getFileSystem() == real && inner.startsWith(root)
                                ? wrap(inner) : result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private Object unwrap(Object argument) {
        return argument instanceof Path path && path.getFileSystem() == this ? real.getPath(path.toString()) : argument;
    }

    /**
     * Waits as the stalled mount makes a caller wait: until the test lets go, and deaf to
     * interrupts, as a {@code stat} waiting on a hung NFS server is in the kernel.
     */
    private void stall() throws IOException {
        boolean interrupted = false;
        while (answering.getCount() > 0) {
            try {
                answering.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        throw new IOException("the file system went away");
    }

    /** Lets every waiting question go, each failing as a mount that went away fails. */
    @Override
    public void close() {
        answering.countDown();
    }

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public String getSeparator() {
        return real.getSeparator();
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of("basic");
    }

    @Override
    public Path getPath(String first, String... more) {
        Path path = real.getPath(first, more);
        return path.startsWith(root) ? wrap(path) : path;
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException();
    }

    /** Stalls every question about a file; the rest is not needed by a stalled mount's users. */
    private final class Provider extends FileSystemProvider {
        @Override
        public String getScheme() {
            return "stalled";
        }

        @Override
        public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
                throws IOException {
            stall();
            return null;
        }

        @Override
        public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
            stall();
            return null;
        }

        @Override
        public void checkAccess(Path path, AccessMode... modes) throws IOException {
            stall();
        }

        @Override
        public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            stall();
            return null;
        }

        @Override
        public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileSystem getFileSystem(URI uri) {
            return StalledFileSystem.this;
        }

        @Override
        public Path getPath(URI uri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void createDirectory(Path dir, FileAttribute<?>... attrs) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(Path path) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void copy(Path source, Path target, CopyOption... options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isSameFile(Path path, Path path2) {
            return path.equals(path2);
        }

        @Override
        public boolean isHidden(Path path) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileStore getFileStore(Path path) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setAttribute(Path path, String attribute, Object value, LinkOption... options) {
            throw new UnsupportedOperationException();
        }
    }
}
