package io.dbgshell.transport.standard;

import io.dbgshell.security.tls.TlsProto;
import io.dbgshell.security.cert.CertRef;
import io.dbgshell.security.Password;
import io.dbgshell.transport.tls.TlsSpec;
import io.dbgshell.transport.serial.ComSpec;
import io.dbgshell.transport.pipe.NpipeSpec;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.spec.PortRange;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.spec.TransportSyntaxException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static io.dbgshell.transport.spec.Role.CLIENT;
import static io.dbgshell.transport.spec.Role.SERVER;
import static org.assertj.core.api.Assertions.assertThat;

/** Every valid form of the SPEC.md §2 table, for both roles, parses to the expected value. */
class TransportSpecParserTest {
    private static final Optional<Password> NO_PASSWORD = Optional.empty();
    private static final Optional<String> NONE = Optional.empty();

    static TransportSpec parse(String text, Role role) throws TransportSyntaxException {
        return TransportSpecParser.parse(text, role);
    }

    static Optional<Password> password(String text) {
        return Optional.of(Password.ofOrNull(text));
    }

    @Nested
    class Npipe {
        @Test
        void serverWithNameOnly() throws Exception {
            assertThat(parse("npipe:pipe=rabbit", SERVER))
                    .isEqualTo(Specs.npipe(SERVER, "rabbit", NONE, NO_PASSWORD, false, false));
        }

        @Test
        void serverWithEveryOption() throws Exception {
            assertThat(parse("npipe:pipe=tiger,hidden,password=HardToGuess,IcfEnable", SERVER))
                    .isEqualTo(Specs.npipe(SERVER, "tiger", NONE, password("HardToGuess"), true, true));
        }

        @Test
        void serverPipeNameMayHoldCodes() throws Exception {
            assertThat(((NpipeSpec) parse("npipe:pipe=dbg_%d_%x_100%%", SERVER)).pipe()).isEqualTo("dbg_%d_%x_100%%");
        }

        @Test
        void clientWithNameOnly() throws Exception {
            assertThat(parse("npipe:pipe=rabbit", CLIENT))
                    .isEqualTo(Specs.npipe(CLIENT, "rabbit", NONE, NO_PASSWORD, false, false));
        }

        @Test
        void clientWithServerAndPassword() throws Exception {
            assertThat(parse("npipe:server=\\\\Box17,pipe=tiger,password=x1", CLIENT))
                    .isEqualTo(Specs.npipe(CLIENT, "tiger", Optional.of("Box17"), password("x1"), false, false));
        }

        @Test
        void clientTakesTheExpandedNameLiterally() throws Exception {
            assertThat(((NpipeSpec) parse("npipe:pipe=100%done", CLIENT)).pipe()).isEqualTo("100%done");
        }
    }

    @Nested
    class Tcp {
        @Test
        void serverWithOnePort() throws Exception {
            assertThat(parse("tcp:port=5005", SERVER))
                    .isEqualTo(Specs.tcp(SERVER, PortRange.single(5005), NONE, NONE, NO_PASSWORD, false, false, false));
        }

        @Test
        void serverOnAnyFreePortIsListedWithTheOneItBinds() throws Exception {
            TcpSpec spec = (TcpSpec) parse("tcp:port=0", SERVER);
            assertThat(spec.port()).isEqualTo(PortRange.ANY);
            assertThat(spec.anyPort()).isTrue();
            assertThat(spec.boundAt(41234).listing()).isEqualTo("tcp:Port=41234");
            assertThat(spec.boundAt(41234).anyPort()).isFalse();
        }

        @Test
        void serverWithRangeAndEveryOption() throws Exception {
            assertThat(parse("tcp:port=5005:5010,hidden,password=s3cret,ipversion=6,IcfEnable", SERVER))
                    .isEqualTo(Specs.tcp(SERVER, new PortRange(5005, 5010), NONE, NONE, password("s3cret"),
                            true, true, true));
        }

        @Test
        void reverseServer() throws Exception {
            TcpSpec spec = (TcpSpec) parse("tcp:port=5005,clicon=\\\\helper,password=pw,ipversion=6", SERVER);
            assertThat(spec).isEqualTo(Specs.tcp(SERVER, PortRange.single(5005), NONE, Optional.of("helper"),
                    password("pw"), false, true, false));
            assertThat(spec.reverse()).isTrue();
        }

        @Test
        void clientWithServer() throws Exception {
            assertThat(parse("tcp:server=box,port=5005,password=pw,ipversion=6", CLIENT))
                    .isEqualTo(Specs.tcp(CLIENT, PortRange.single(5005), Optional.of("box"), NONE, password("pw"),
                            false, true, false));
        }

        @Test
        void reverseClientWithRange() throws Exception {
            assertThat(parse("tcp:clicon=server7,port=5005:5010,password=pw", CLIENT))
                    .isEqualTo(Specs.tcp(CLIENT, new PortRange(5005, 5010), NONE, Optional.of("server7"),
                            password("pw"), false, false, false));
        }

        @Test
        void portBoundsAreAccepted() throws Exception {
            assertThat(((TcpSpec) parse("tcp:port=1:65535", SERVER)).port()).isEqualTo(new PortRange(1, 65535));
            assertThat(((TcpSpec) parse("tcp:port=7:7", SERVER)).port()).isEqualTo(PortRange.single(7));
        }
    }

    @Nested
    class Com {
        @ParameterizedTest
        @ValueSource(strings = {"com3", "COM3", "Com3", "3", "COM03"})
        void portIsNormalised(String port) throws Exception {
            assertThat(((ComSpec) parse("com:port=" + port + ",baud=115200,channel=0", SERVER)).port()).isEqualTo("COM3");
        }

        @Test
        void devicePathIsKeptAsGiven() throws Exception {
            assertThat(((ComSpec) parse("com:port=/dev/ttyUSB0,baud=9600,channel=254", CLIENT)).port())
                    .isEqualTo("/dev/ttyUSB0");
        }

        @Test
        void serverWithEveryOption() throws Exception {
            assertThat(parse("com:port=com1,baud=57600,channel=7,hidden,password=pw", SERVER))
                    .isEqualTo(Specs.com(SERVER, "COM1", 57600, 7, password("pw"), true));
        }

        @Test
        void clientWithPassword() throws Exception {
            assertThat(parse("com:port=2,baud=9600,channel=0,password=pw", CLIENT))
                    .isEqualTo(Specs.com(CLIENT, "COM2", 9600, 0, password("pw"), false));
        }
    }

    @Nested
    class Ssl {
        @Test
        void serverWithRangeAndOptions() throws Exception {
            assertThat(parse("ssl:proto=tls1,certuser=My Cert,port=6000:6010,hidden,password=pw", SERVER))
                    .isEqualTo(Specs.ssl(SERVER, TlsProto.TLS1, new CertRef(CertRef.Store.USER, "My Cert"),
                            new PortRange(6000, 6010), NONE, NONE, password("pw"), true));
        }

        @Test
        void serverWithThumbprintInQuotes() throws Exception {
            TlsSpec<?> spec = (TlsSpec<?>) parse("\"ssl:proto=tls13,machuser=ab 38 f7:d2 34,port=1234\"", SERVER);
            assertThat(spec.cert()).isEqualTo(new CertRef(CertRef.Store.MACHINE, "ab 38 f7:d2 34"));
            assertThat(spec.proto()).isEqualTo(TlsProto.TLS13);
        }

        @Test
        void reverseServer() throws Exception {
            assertThat(parse("ssl:proto=tls12,certuser=dbg,port=6000,clicon=helper,password=pw", SERVER))
                    .isEqualTo(Specs.ssl(SERVER, TlsProto.TLS12, new CertRef(CertRef.Store.USER, "dbg"),
                            PortRange.single(6000), NONE, Optional.of("helper"), password("pw"), false));
        }

        @Test
        void clientWithServer() throws Exception {
            assertThat(parse("ssl:proto=tls1,machuser=dbg,server=box,port=6000,password=pw", CLIENT))
                    .isEqualTo(Specs.ssl(CLIENT, TlsProto.TLS1, new CertRef(CertRef.Store.MACHINE, "dbg"),
                            PortRange.single(6000), Optional.of("box"), NONE, password("pw"), false));
        }

        @Test
        void reverseClientWithRange() throws Exception {
            assertThat(parse("ssl:proto=tls1,certuser=dbg,clicon=box,port=6000:6002", CLIENT))
                    .isEqualTo(Specs.ssl(CLIENT, TlsProto.TLS1, new CertRef(CertRef.Store.USER, "dbg"),
                            new PortRange(6000, 6002), NONE, Optional.of("box"), NO_PASSWORD, false));
        }
    }

    @Nested
    class Spipe {
        @Test
        void serverWithOptions() throws Exception {
            assertThat(parse("spipe:proto=tls1,certuser=dbg,pipe=secure%d,hidden,password=pw", SERVER))
                    .isEqualTo(Specs.spipe(SERVER, TlsProto.TLS1, new CertRef(CertRef.Store.USER, "dbg"),
                            "secure%d", NONE, password("pw"), true));
        }

        @Test
        void clientWithoutServer() throws Exception {
            assertThat(parse("spipe:proto=tls13,machuser=dbg,pipe=secure", CLIENT))
                    .isEqualTo(Specs.spipe(CLIENT, TlsProto.TLS13, new CertRef(CertRef.Store.MACHINE, "dbg"),
                            "secure", NONE, NO_PASSWORD, false));
        }

        @Test
        void clientWithServerAndPassword() throws Exception {
            assertThat(parse("spipe:proto=tls1,certuser=dbg,server=.,pipe=secure,password=pw", CLIENT))
                    .isEqualTo(Specs.spipe(CLIENT, TlsProto.TLS1, new CertRef(CertRef.Store.USER, "dbg"),
                            "secure", Optional.of("."), password("pw"), false));
        }
    }

    @Nested
    class Spelling {
        @Test
        void protocolKeysAndFlagsIgnoreCaseAndOrder() throws Exception {
            assertThat(parse("TCP:IcfEnable,PASSWORD=s3cret,HIDDEN,Port=5005:5010,IPVERSION=6", SERVER))
                    .isEqualTo(parse("tcp:port=5005:5010,hidden,password=s3cret,ipversion=6,icfenable", SERVER));
        }

        @Test
        void valuesKeepTheirCase() throws Exception {
            NpipeSpec spec = (NpipeSpec) parse("npipe:PIPE=MixedCase,Server=HostName,password=AbC", CLIENT);
            assertThat(spec.pipe()).isEqualTo("MixedCase");
            assertThat(spec.server()).contains("HostName");
            assertThat(spec.password()).isEqualTo(password("AbC")).isNotEqualTo(password("abc"));
        }

        @Test
        void protoValueIgnoresCase() throws Exception {
            assertThat(((TlsSpec<?>) parse("ssl:proto=TLS12,certuser=c,port=1", SERVER)).proto()).isEqualTo(TlsProto.TLS12);
        }

        @Test
        void surroundingWhitespaceAndQuotesAreDropped() throws Exception {
            TransportSpec plain = parse("tcp:port=5005", SERVER);
            assertThat(parse("  tcp:port=5005 \t", SERVER)).isEqualTo(plain);
            assertThat(parse("\"tcp:port=5005\"", SERVER)).isEqualTo(plain);
            assertThat(parse(" \" tcp:port=5005 \" ", SERVER)).isEqualTo(plain);
        }

        @Test
        void whitespaceAroundKeysAndValuesIsDropped() throws Exception {
            assertThat(parse("tcp: port = 5005 , hidden ", SERVER)).isEqualTo(parse("tcp:port=5005,hidden", SERVER));
        }

        @Test
        void leadingBackslashesOfHostsAreDropped() throws Exception {
            assertThat(((TcpSpec) parse("tcp:server=\\\\box,port=1", CLIENT)).server()).contains("box");
            assertThat(((TcpSpec) parse("tcp:clicon=\\\\box,port=1", CLIENT)).clicon()).contains("box");
        }

        @Test
        void longestPasswordIsAccepted() throws Exception {
            String longest = "a".repeat(Password.MAX_LENGTH);
            assertThat(parse("tcp:port=1,password=" + longest, SERVER).password()).isEqualTo(password(longest));
        }

        @Test
        void aClientIsNeverHidden() throws Exception {
            assertThat(parse("npipe:pipe=p", CLIENT).hidden()).isFalse();
        }
    }
}
