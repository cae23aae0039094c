package io.dbgshell.transport.pipe;

import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.transport.spec.Param;
import io.dbgshell.transport.spec.ParamList;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.ProtocolSyntax;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSyntaxException;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The grammar of npipe strings, and of the pipe spipe carries: {@code pipe=} on both sides, {@code server=} on a client. */
public final class NpipeSyntax implements ProtocolSyntax<NpipeSpec> {
    private final Protocol protocol;
    private final Set<Param> serverKeys;

    private NpipeSyntax(Protocol protocol, Set<Param> serverKeys) {
        this.protocol = protocol;
        this.serverKeys = serverKeys;
    }

    /** npipe itself. */
    static NpipeSyntax npipe() {
        return new NpipeSyntax(NpipeSpec.PROTOCOL, Set.of(Param.PIPE, Param.ICFENABLE));
    }

    /** The pipe another protocol carries (spipe): without {@code IcfEnable}. */
    public static NpipeSyntax pipeOf(Protocol carrying) {
        return new NpipeSyntax(carrying, Set.of(Param.PIPE));
    }

    @Override
    public Protocol protocol() {
        return protocol;
    }

    @Override
    public Set<Param> keys(Role role) {
        return role == Role.SERVER ? serverKeys : Set.of(Param.PIPE, Param.SERVER);
    }

    @Override
    public Function<CommonParams, NpipeSpec> assemble(ParamList params, Role role) throws TransportSyntaxException {
        String pipe = PipeNames.check(params.required(Param.PIPE), role);
        Optional<String> server = params.value(Param.SERVER);
        boolean icfEnable = params.has(Param.ICFENABLE);
        return common -> new NpipeSpec(role, pipe, server, icfEnable, common);
    }
}
