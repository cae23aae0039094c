package io.dbgshell.testing;

import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.PipeDirectory;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.tls.SslFixture;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One protocol as a suite runs it end to end: the transports on both sides, the string that starts a
 * server ({@code extra} parameters appended) and the string that joins a started one. The suites that
 * run once per protocol take one of these, so a protocol's strings are written here once.
 */
public record Wiring(Function<EventLoops, Transports> sides, UnaryOperator<String> starts,
                     BiFunction<ServerEntry, String, String> joins) {

    /** tcp on a port the system picks. */
    public static Wiring tcp() {
        return new Wiring(TestTransports::tcp, extra -> "tcp:port=0" + extra,
                (server, extra) -> "tcp:server=127.0.0.1,port=" + TestTransports.port(server.spec()) + extra);
    }

    /** ssl on a port the system picks, the stores apart as on two machines (the client pins its copy). */
    public static Wiring ssl(SslFixture certs) {
        return new Wiring(certs::hostAndClient, extra -> "ssl:proto=tls1,certuser=srv,port=0" + extra,
                (server, extra) -> "ssl:proto=tls1,certuser=pinned-srv,server=127.0.0.1,port=" + TestTransports.port(server.spec()) + extra);
    }

    /** npipe named {@code pipe} in {@code directory}; no peer user is known. */
    public static Wiring npipe(PipeDirectory directory, String pipe) {
        return new Wiring(loops -> TestTransports.on(loops).npipe(directory, channel -> Optional.empty()).build(),
                extra -> "npipe:pipe=" + pipe + extra, (server, extra) -> "npipe:pipe=" + TestTransports.pipe(server.spec()) + extra);
    }

    /** spipe named {@code pipe} in {@code directory}, the stores apart as for {@link #ssl}. */
    public static Wiring spipe(SslFixture certs, PipeDirectory directory, String pipe) {
        return new Wiring(loops -> TestTransports.on(loops).spipe(directory, channel -> Optional.empty(),
                        certs.hostStores, certs.clientStores).build(),
                extra -> "spipe:proto=tls1,certuser=srv,pipe=" + pipe + extra,
                (server, extra) -> "spipe:proto=tls1,certuser=pinned-srv,pipe=" + TestTransports.pipe(server.spec()) + extra);
    }

    /** The server string with {@code extra} parameters appended. */
    public String server(String extra) {
        return starts.apply(extra);
    }

    /** The client string that joins {@code server}, with {@code extra} parameters appended. */
    public String client(ServerEntry server, String extra) {
        return joins.apply(server, extra);
    }

    /** Both sides of the protocol, on {@code loops}. */
    public Transports transports(EventLoops loops) {
        return sides.apply(loops);
    }
}
