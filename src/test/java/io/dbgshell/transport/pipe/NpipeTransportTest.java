package io.dbgshell.transport.pipe;

import io.dbgshell.discovery.ServerOwner;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.pipe.NpipeSpec;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The npipe listener and connector on real Unix-domain sockets in a directory of the test's own. */
class NpipeTransportTest {
    private static final ChannelInitializer<Channel> NOTHING = new ChannelInitializer<>() {
        @Override
        protected void initChannel(Channel channel) {
            // The tests here stop below the session.
        }
    };

    @TempDir
    Path temp;

    private final EventLoops loops = new EventLoops(1);
    private final List<ServerBinding> bindings = new ArrayList<>();

    @AfterEach
    void close() {
        bindings.forEach(b -> b.close().awaitUninterruptibly());
        loops.close();
    }

    private Path pipes() {
        return temp.resolve("pipes");
    }

    private NpipeServerTransport server() {
        return new NpipeServerTransport(loops, new PipeDirectory(pipes()), () -> new PipeNameExpander(4242, 0xbeef),
                NpipeServerTransport::kernelPeerUser);
    }

    private NpipeClientTransport client() {
        return new NpipeClientTransport(loops, new PipeDirectory(pipes()), new LocalHost("ThisHost"));
    }

    private ServerBinding bind(String transport) throws Exception {
        ServerBinding binding = server().bind((NpipeSpec) TransportSpecParser.parse(transport, Role.SERVER), NOTHING);
        bindings.add(binding);
        return binding;
    }

    private Channel connect(String transport) throws Exception {
        return client().connect((NpipeSpec) TransportSpecParser.parse(transport, Role.CLIENT), NOTHING);
    }

    private static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    }

    @Test
    void percentCodesBecomeProcessAndThreadIdsAndTheListingShowsTheActualName() throws Exception {
        ServerBinding binding = bind("npipe:pipe=a%d-b%x-%%");

        assertThat(((NpipeSpec) binding.spec()).pipe()).isEqualTo("a4242-bbeef-%");
        assertThat(binding.spec().listing()).isEqualTo("npipe:Pipe=a4242-bbeef-%");
        assertThat(pipes().resolve("a4242-bbeef-%")).exists();
        assertThat(connect("npipe:pipe=a4242-bbeef-%").isActive()).isTrue();
    }

    @Test
    void theRealExpanderUsesThisProcessAndTheKernelsThreadId() {
        String expanded = PipeNameExpander.forCallingThread().expand("p%d_%x");

        assertThat(expanded).startsWith("p" + ProcessHandle.current().pid() + "_");
        String tid = expanded.substring(expanded.indexOf('_') + 1);
        assertThat(Long.parseLong(tid, 16)).isGreaterThan(0).isNotEqualTo(ProcessHandle.current().pid());
        // a kernel thread id, not the Java thread number the expander falls back to without /proc
        assertThat(Path.of("/proc/self/task/" + Long.parseLong(tid, 16))).exists();
    }

    @Test
    void theSocketIsTheOwnersOnlyAndTheDirectoryIsSharedAndSticky() throws Exception {
        bind("npipe:pipe=private");

        assertThat(mode(pipes().resolve("private")) & 0777).isEqualTo(0600);
        assertThat(mode(pipes()) & 07777).isEqualTo(01777);
    }

    @Test
    void accessCanBeWidenedByName() throws Exception {
        assertThat(PipeAccess.parse(null)).isEqualTo(PipeAccess.USER);
        assertThat(PipeAccess.parse("Group").mode()).isEqualTo(0660);
        assertThat(PipeAccess.parse("all").mode()).isEqualTo(0666);
        assertThatThrownBy(() -> PipeAccess.parse("world"))
                .hasMessage("DBGSHELL_PIPE_ACCESS must be user, group or all, not 'world'");
    }

    @Test
    void aNameInUseByALiveServerIsRefused() throws Exception {
        bind("npipe:pipe=busy");

        assertThatThrownBy(() -> bind("npipe:pipe=busy"))
                .isInstanceOf(TransportException.class)
                .hasMessage("pipe name 'busy' is already in use by a running server");
        assertThat(connect("npipe:pipe=busy").isActive()).isTrue();
    }

    @Test
    void aNameHeldByAnotherLiveProcessIsRefusedAndReclaimedOnceItIsKilled() throws Exception {
        try (ServerOwner owner = ServerOwner.start(pipes(), temp.resolve("servers"), "npipe:pipe=shared")) {
            assertThatThrownBy(() -> bind("npipe:pipe=shared"))
                    .hasMessage("pipe name 'shared' is already in use by a running server");

            owner.kill();

            assertThat(pipes().resolve("shared")).exists();
            assertThatThrownBy(() -> connect("npipe:pipe=shared"))
                    .hasMessage("cannot connect to pipe 'shared': no live server (the socket file "
                            + pipes().resolve("shared") + " is stale)");
            bind("npipe:pipe=shared");
            assertThat(connect("npipe:pipe=shared").isActive()).isTrue();
        }
    }

    @Test
    void closingTheServerRemovesItsSocketFile() throws Exception {
        ServerBinding binding = bind("npipe:pipe=gone");

        binding.close().awaitUninterruptibly();

        assertThat(pipes().resolve("gone")).doesNotExist();
        assertThatThrownBy(() -> connect("npipe:pipe=gone"))
                .hasMessage("no server on pipe 'gone' (" + pipes().resolve("gone") + " does not exist)");
    }

    @Test
    void aFileThatIsNotASocketIsNeverDeleted() throws Exception {
        Files.createDirectories(pipes());
        Files.writeString(pipes().resolve("notes"), "keep me");

        assertThatThrownBy(() -> bind("npipe:pipe=notes"))
                .hasMessage("pipe 'notes': " + pipes().resolve("notes") + " exists and is not a socket");
        assertThat(pipes().resolve("notes")).hasContent("keep me");
    }

    @Test
    void aPathTooLongForTheSystemNamesTheLimit() throws Exception {
        Path socket = pipes().resolve("x");
        String name = "n".repeat(PipeDirectory.MAX_PATH_BYTES - socket.toString().length() + 2);

        assertThatThrownBy(() -> bind("npipe:pipe=" + name))
                .hasMessageStartingWith("pipe '" + name + "': the socket path ")
                .hasMessageContaining("over the limit of 106 bytes for Unix-domain sockets")
                .hasMessageContaining("DBGSHELL_PIPE_DIR");
    }

    @Test
    void theLongestAllowedPathReallyBinds() throws Exception {
        Path socket = pipes().resolve("x");
        String name = "n".repeat(PipeDirectory.MAX_PATH_BYTES - socket.toString().length() + 1);

        bind("npipe:pipe=" + name);

        assertThat(pipes().resolve(name)).exists();
        assertThat(pipes().resolve(name).toString()).hasSize(PipeDirectory.MAX_PATH_BYTES);
    }

    @Test
    void aClientMayNameThisMachineButNoOther() throws Exception {
        bind("npipe:pipe=local");

        for (String here : List.of(".", "localhost", "thishost", "\\\\THISHOST")) {
            assertThat(connect("npipe:pipe=local,server=" + here).isActive()).as(here).isTrue();
        }
        assertThatThrownBy(() -> connect("npipe:pipe=local,server=elsewhere"))
                .hasMessage("npipe connects on this machine only, but server=elsewhere names another;"
                        + " use tcp or ssl to reach another machine");
    }

    @Test
    void theKernelNamesTheConnectingUser() throws Exception {
        Channel accepted = acceptedChannel("whoami");

        assertThat(NpipeServerTransport.kernelPeerUser(accepted)).isEqualTo(Optional.of(System.getProperty("user.name")));
    }

    private Channel acceptedChannel(String pipe) throws Exception {
        java.util.concurrent.CompletableFuture<Channel> accepted = new java.util.concurrent.CompletableFuture<>();
        ServerBinding binding = server().bind((NpipeSpec) TransportSpecParser.parse("npipe:pipe=" + pipe + "-peer", Role.SERVER),
                new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        accepted.complete(channel);
                    }
                });
        bindings.add(binding);
        connect("npipe:pipe=" + pipe + "-peer");
        return accepted.get(5, java.util.concurrent.TimeUnit.SECONDS);
    }
}
