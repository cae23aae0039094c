package io.dbgshell.transport.serial;

import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.transport.spec.Param;
import io.dbgshell.transport.spec.ParamList;
import io.dbgshell.transport.spec.ParamValues;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.ProtocolSyntax;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSyntaxErrors;
import io.dbgshell.transport.spec.TransportSyntaxException;

import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/** The grammar of com strings: {@code port}, {@code baud} and {@code channel}, all required on both sides. */
final class ComSyntax implements ProtocolSyntax<ComSpec> {
    static final Param BAUD = new Param("baud", Param.Kind.VALUE);
    static final Param CHANNEL = new Param("channel", Param.Kind.VALUE);
    private static final Set<Param> KEYS = Set.of(Param.PORT, BAUD, CHANNEL);
    private static final int MIN_CHANNEL = 0;
    private static final String COM_PREFIX = "COM";
    private static final String DEVICE_PATH_PREFIX = "/";

    @Override
    public Protocol protocol() {
        return ComSpec.PROTOCOL;
    }

    @Override
    public Set<Param> keys(Role role) {
        return KEYS;
    }

    @Override
    public Function<CommonParams, ComSpec> assemble(ParamList params, Role role) throws TransportSyntaxException {
        String port = params.required(Param.PORT, ComSyntax::comPort);
        int baud = params.required(BAUD, ComSyntax::baud);
        int channel = params.required(CHANNEL, ComSyntax::channel);
        return common -> new ComSpec(role, port, baud, channel, common);
    }

    /** {@code COM3}, {@code com3} and {@code 3} become {@code COM3}; a value starting with {@code /} is a device path, kept as given. */
    private static String comPort(String value) throws TransportSyntaxException {
        if (value.startsWith(DEVICE_PATH_PREFIX)) {
            return value;
        }
        boolean prefixed = value.regionMatches(true, 0, COM_PREFIX, 0, COM_PREFIX.length());
        OptionalLong number = ParamValues.digits(prefixed ? value.substring(COM_PREFIX.length()) : value);
        if (number.isEmpty() || number.getAsLong() < 1 || number.getAsLong() > Integer.MAX_VALUE) {
            throw TransportSyntaxErrors.badComPort(value);
        }
        return COM_PREFIX + number.getAsLong();
    }

    private static int baud(String value) throws TransportSyntaxException {
        OptionalLong baud = ParamValues.digits(value);
        if (baud.isEmpty() || baud.getAsLong() < 1 || baud.getAsLong() > Integer.MAX_VALUE) {
            throw TransportSyntaxErrors.badBaud(value);
        }
        return (int) baud.getAsLong();
    }

    private static int channel(String value) throws TransportSyntaxException {
        OptionalLong channel = ParamValues.digits(value);
        if (channel.isEmpty() || channel.getAsLong() < MIN_CHANNEL || channel.getAsLong() > ComSpec.MAX_CHANNEL) {
            throw TransportSyntaxErrors.channelOutOfRange(value, MIN_CHANNEL, ComSpec.MAX_CHANNEL);
        }
        return (int) channel.getAsLong();
    }
}
