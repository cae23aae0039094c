package io.dbgshell.transport.spec;

import java.util.Set;
import java.util.function.Function;

/**
 * The grammar of one protocol's transport strings: which of its own keys each side accepts (the
 * {@link CommonParams} keys come on top) and how checked parameters become its spec. A protocol's
 * package holds one, in its {@code TransportProvider} row.
 */
public interface ProtocolSyntax<S extends TransportSpec> {

    /** The protocol whose strings this reads. */
    Protocol protocol();

    /** The keys of this protocol's own that {@code role} accepts. */
    Set<Param> keys(Role role);

    /**
     * Checks this protocol's own keys in {@code params}, refusing missing keys and combinations the
     * protocol does not allow. The result makes the spec once the {@link CommonParams} are read:
     * they come last, so a password is asked for only when everything else is right.
     */
    Function<CommonParams, S> assemble(ParamList params, Role role) throws TransportSyntaxException;
}
