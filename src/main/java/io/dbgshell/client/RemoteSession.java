package io.dbgshell.client;

import io.dbgshell.command.CommandLineSplitter;
import io.dbgshell.command.CommandSyntaxException;
import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.ClientKeyExchange;
import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.protocol.Identity;
import io.dbgshell.security.Password;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.Transports;
import io.netty.channel.Channel;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A client's membership of a remote session. {@link #join} connects and runs the handshake on the
 * calling thread (it may prompt for a password there, never on an event loop); afterwards frames
 * from the host go to the {@link ClientDisplay}, every text in them neutralised first
 * ({@link HostText}), and typed lines go out with {@link #send}.
 */
public final class RemoteSession {
    /** The outcome once the client is out of the session: exit code and, for failures, why (bare, like a {@link ClientException}'s message). */
    public record Outcome(int exitCode, Optional<String> error) {
    }

    /** A host that accepts without proving the password, or offers an exchange no real host would. */
    static final String HOST_NOT_PROVEN = "the host could not prove that it knows the password;"
            + " it may not be the host you meant, so this client did not join";
    /** A password was given, and the host asked for none: it cannot prove it knows that password. */
    static final String HOST_ASKED_NO_PASSWORD = "the host asked for no password, so it could not prove"
            + " that it knows yours; it may not be the host you meant, so this client did not join";

    private final ClientDisplay display;
    private final int completionNames;
    private final int completionNameChars;
    private final CompletableFuture<Frame.Hello> hello = new CompletableFuture<>();
    private final CompletableFuture<String> accepted = new CompletableFuture<>();
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private volatile Channel channel;
    /** Set before the join goes out; the host's proof in its acceptance is checked against it. */
    private volatile Optional<ClientKeyExchange> exchange = Optional.empty();
    /** Set on the link's event loop once the host proved itself; until then only handshake frames are taken. */
    private boolean joined;

    private RemoteSession(ClientDisplay display, Tunables tunables) {
        this.display = display;
        this.completionNames = tunables.get(ClientSettings.COMMAND_NAMES);
        this.completionNameChars = tunables.get(ClientSettings.COMMAND_NAME_CHARS);
    }

    /**
     * Connects, runs the password exchange (the host proves it knows the password too) and joins.
     *
     * @param tunables  the handshake's time-out and frame bound, and what is taken for completion
     * @param passwords asked only when the host wants a password and the spec has none
     * @param echoOwnInput whether the host should echo this client's commands back (no terminal)
     * @return the joined session, whose banner and recent output are already on their way to {@code display}
     */
    public static RemoteSession join(Transports transports, TransportSpec spec, Tunables tunables, Identity me,
                                     Supplier<Optional<Password>> passwords, boolean echoOwnInput,
                                     ClientDisplay display) throws ClientException {
        RemoteSession session = new RemoteSession(display, tunables);
        try {
            session.channel = transports.connect(spec, new ClientChannelInitializer(tunables, session));
        } catch (TransportException e) {
            throw new ClientException(e.getMessage(), e);
        }
        Duration timeout = tunables.get(ProtocolSettings.HANDSHAKE_TIMEOUT);
        try {
            Frame.Hello greeting = await(session.hello, timeout);
            if (greeting.protocolVersion() != ProtocolVersion.CURRENT) {
                throw new ClientException(ProtocolVersion.mismatch(greeting.protocolVersion(), ProtocolVersion.CURRENT));
            }
            Optional<Password> password = spec.password();
            if (password.isPresent() && !greeting.passwordRequired()) {
                throw new ClientException(HOST_ASKED_NO_PASSWORD);
            }
            if (password.isEmpty() && greeting.passwordRequired()) {
                password = passwords.get();
                if (password.isEmpty()) {
                    throw new ClientException("the server requires a password (Error 0x80004005);"
                            + " add password=P, set DBGSHELL_PASSWORD, or use --password");
                }
            }
            if (password.isPresent()) {
                session.exchange = Optional.of(ClientKeyExchange.answer(password.get(), greeting.salt(),
                        greeting.hostKey(), me.machine(), me.user()).orElseThrow(() -> new ClientException(HOST_NOT_PROVEN)));
            }
            byte[] none = new byte[0];
            session.channel.writeAndFlush(new Frame.Join(ProtocolVersion.CURRENT, me.machine(), me.user(),
                    session.exchange.map(ClientKeyExchange::clientKey).orElse(none),
                    session.exchange.map(ClientKeyExchange::clientProof).orElse(none), echoOwnInput));
            await(session.accepted, timeout);
            return session;
        } catch (ClientException e) {
            session.channel.close();
            throw e;
        }
    }

    private static <T> T await(CompletableFuture<T> step, Duration timeout) throws ClientException {
        try {
            return step.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ClientException failure) {
                throw failure;
            }
            throw new ClientException("the handshake failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new ClientException("the host did not complete the handshake within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException("interrupted while joining");
        }
    }

    /**
     * Sends one typed line to the host; a line over the session's length limit is refused here,
     * with the host's own message, since one over the frame limit would cost the connection.
     */
    public void send(String line) {
        try {
            CommandLineSplitter.checkLength(line);
        } catch (CommandSyntaxException e) {
            display.print("Error: " + e.getMessage() + "\n");
            return;
        }
        channel.writeAndFlush(new Frame.Input(line));
    }

    /** Asks the host to break in to a running target (Ctrl-C); a frame of its own, so it never waits behind a line. */
    public void sendBreak() {
        channel.writeAndFlush(new Frame.Break());
    }

    /** Completes when this client is out of the session, for whatever reason. */
    public CompletionStage<Outcome> outcome() {
        return outcome;
    }

    /** Drops the link without a goodbye (the local process is going away). */
    public void disconnect() {
        channel.close();
    }

    void received(Frame frame) {
        if (!joined) {
            handshake(frame);
        } else if (frame instanceof Frame.Output output) {
            display.print(HostText.neutralise(output.text()));
        } else if (frame instanceof Frame.Prompt prompt) {
            display.prompt(HostText.neutralise(prompt.text()));
        } else if (frame instanceof Frame.Clear) {
            display.clearScreen();
        } else if (frame instanceof Frame.End end) {
            display.print(HostText.neutralise(end.message()) + "\n");
            outcome.complete(new Outcome(0, Optional.empty()));
        } else {
            linkFailed(new IllegalStateException("unexpected " + frame.type() + " frame from the host"));
            channel.close();
        }
    }

    /** Before the host has proved itself nothing it sends is shown, so an impostor cannot pass for a session. */
    private void handshake(Frame frame) {
        if (frame instanceof Frame.Hello greeting) {
            hello.complete(greeting);
        } else if (frame instanceof Frame.Refused refused) {
            // a host may refuse before it greets (too many connections awaiting authentication)
            ClientException refusal = new ClientException(HostText.neutralise(refused.message()));
            hello.completeExceptionally(refusal);
            accepted.completeExceptionally(refusal);
        } else if (frame instanceof Frame.Accepted acceptance) {
            Frame.Hello greeting = hello.getNow(null);
            if (greeting == null) {
                // never wait here: this is the link's event loop
                refuseHost("the host accepted the join before greeting");
            } else if (!exchange.map(e -> e.hostProved(acceptance.hostProof())).orElse(true)) {
                refuseHost(HOST_NOT_PROVEN);
            } else {
                joined = true;
                // Shown here, on the link's thread, so the banner precedes the recent output that follows the acceptance.
                display.print(HostText.neutralise(greeting.banner()) + "\n");
                display.commandNames(HostText.commandNames(acceptance.commands(), completionNames, completionNameChars));
                accepted.complete(acceptance.identity());
            }
        } else {
            refuseHost("unexpected " + frame.type() + " frame from the host before it accepted the join");
        }
    }

    private void refuseHost(String why) {
        accepted.completeExceptionally(new ClientException(why));
        channel.close();
    }

    void linkClosed() {
        ClientException lost = new ClientException("the host closed the connection");
        hello.completeExceptionally(lost);
        accepted.completeExceptionally(lost);
        outcome.complete(new Outcome(1, Optional.of("lost the connection to the host")));
    }

    void linkFailed(Throwable cause) {
        outcome.complete(new Outcome(1, Optional.of("the connection to the host failed: " + cause.getMessage())));
    }
}
