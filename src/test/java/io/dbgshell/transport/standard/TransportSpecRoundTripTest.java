package io.dbgshell.transport.standard;

import io.dbgshell.transport.tls.TlsSpec;
import io.dbgshell.transport.serial.ComSpec;
import io.dbgshell.transport.pipe.NpipeSpec;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.spec.TransportSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.dbgshell.transport.spec.Role.CLIENT;
import static io.dbgshell.transport.spec.Role.SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The parser against the specs' own printers: a listing pasted back gives the same spec (less the
 * flags a listing leaves out), and the connect hint a server prints parses as the matching client.
 */
class TransportSpecRoundTripTest {
    private static final String HOST = "box17";
    private static final String SECRET = "Real1Secret";

    private static TransportSpec parse(String text, Role role) throws TransportSyntaxException {
        return TransportSpecParser.parse(text, role);
    }

    /** The spec as its listing can describe it: listings leave out {@code hidden} and {@code IcfEnable}. */
    private static TransportSpec withoutFlags(TransportSpec spec) {
        if (spec instanceof TlsSpec<?> s) {
            return new TlsSpec<>(s.protocol(), s.tls(), withoutFlags(s.carrier()));
        }
        CommonParams common = new CommonParams(spec.password(), false, spec.common().access());
        if (spec instanceof TcpSpec s) {
            return new TcpSpec(s.role(), s.port(), s.server(), s.clicon(), s.ipv6(), false, common);
        }
        if (spec instanceof NpipeSpec s) {
            return new NpipeSpec(s.role(), s.pipe(), s.server(), false, common);
        }
        ComSpec s = (ComSpec) spec;
        return new ComSpec(s.role(), s.port(), s.baud(), s.channel(), common);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SERVER | npipe:pipe=rabbit
            SERVER | npipe:pipe=tiger_%d_%x,hidden,IcfEnable
            CLIENT | npipe:pipe=rabbit
            CLIENT | npipe:server=\\\\Box,pipe=rabbit
            SERVER | tcp:port=7
            SERVER | tcp:port=53:60,hidden,ipversion=6,IcfEnable
            SERVER | tcp:port=5005,clicon=helper,ipversion=6
            CLIENT | tcp:server=box,port=5005,ipversion=6
            CLIENT | tcp:clicon=box,port=5005:5010
            SERVER | com:port=com3,baud=115200,channel=4,hidden
            CLIENT | com:port=/dev/ttyUSB0,baud=9600,channel=0
            SERVER | ssl:proto=tls1,machuser=ab 38 f7:d2,port=6000:6010,hidden
            SERVER | ssl:proto=tls13,certuser=dbg,port=6000,clicon=helper
            CLIENT | ssl:proto=tls12,certuser=dbg,server=box,port=6000
            CLIENT | ssl:proto=tls1,machuser=dbg,clicon=box,port=6000:6001
            SERVER | spipe:proto=tls1,certuser=My Cert,pipe=secure,hidden
            CLIENT | spipe:proto=tls1,certuser=dbg,pipe=secure
            CLIENT | spipe:proto=tls1,certuser=dbg,server=.,pipe=secure
            """)
    void listingParsesBackToTheSameSpec(Role role, String typed) throws Exception {
        TransportSpec spec = parse(typed, role);
        assertThat(parse(spec.listing(), role)).isEqualTo(withoutFlags(spec));
    }

    @Test
    void boundListingsParseBack() throws Exception {
        TcpSpec tcp = ((TcpSpec) parse("tcp:port=53:60", SERVER)).boundAt(55);
        assertThat(tcp.listing()).isEqualTo("tcp:Port=55:60");
        assertThat(parse(tcp.listing(), SERVER)).isEqualTo(tcp);

        @SuppressWarnings("unchecked")
        TlsSpec<TcpSpec> listed = (TlsSpec<TcpSpec>) parse("ssl:proto=tls1,certuser=dbg,port=6000:6010", SERVER);
        TlsSpec<TcpSpec> ssl = listed.over(listed.carrier().boundAt(6003));
        assertThat(parse(ssl.listing(), SERVER)).isEqualTo(ssl);

        NpipeSpec pipe = ((NpipeSpec) parse("npipe:pipe=dbg_%d", SERVER)).withPipe("dbg_4242");
        assertThat(parse(pipe.listing(), SERVER)).isEqualTo(pipe);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            npipe:pipe=tiger,password=Real1Secret
            tcp:port=5005:5010,password=Real1Secret,hidden
            com:port=1,baud=9600,channel=3,password=Real1Secret
            ssl:proto=tls1,certuser=dbg,port=6000,password=Real1Secret
            spipe:proto=tls1,certuser=dbg,pipe=p,password=Real1Secret
            """)
    void aListingShowsThePasswordMaskedAndNeverItsText(String typed) throws Exception {
        TransportSpec spec = parse(typed, SERVER);
        assertThat(spec.listing()).endsWith(",Password=*").doesNotContain(SECRET);
        assertThat(spec.connectHint(HOST)).doesNotContain(SECRET);
        assertThat(spec.toString()).doesNotContain(SECRET);
        assertThatThrownBy(() -> parse(spec.listing(), SERVER)).hasMessageContaining("placeholder");
    }

    /** Server string, then the client string a person would type to join it on {@link #HOST}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            npipe:pipe=tiger,hidden                        | npipe:server=box17,pipe=tiger
            npipe:pipe=tiger,password=Real1Secret          | npipe:server=box17,pipe=tiger,password=Real1Secret
            tcp:port=5005                                  | tcp:server=box17,port=5005
            tcp:port=5005:5010,password=Real1Secret,hidden | tcp:server=box17,port=5005,password=Real1Secret
            tcp:port=5005,ipversion=6,IcfEnable            | tcp:server=box17,port=5005,ipversion=6
            tcp:port=5005,clicon=helper                    | tcp:clicon=box17,port=5005
            com:port=com2,baud=9600,channel=3,password=Real1Secret | com:port=2,baud=9600,channel=3,password=Real1Secret
            ssl:proto=tls1,machuser=ab 38 f7,port=6000:6010 | ssl:proto=tls1,machuser=ab 38 f7,server=box17,port=6000
            ssl:proto=tls12,certuser=dbg,port=6000,clicon=helper,password=Real1Secret | ssl:proto=tls12,certuser=dbg,clicon=box17,port=6000,password=Real1Secret
            spipe:proto=tls13,certuser=dbg,pipe=p,hidden    | spipe:proto=tls13,certuser=dbg,server=box17,pipe=p
            """)
    void connectHintParsesAsTheMatchingClient(String serverTyped, String clientTyped) throws Exception {
        String hint = parse(serverTyped, SERVER).connectHint(HOST).replace("<password>", SECRET);
        assertThat(parse(hint, CLIENT)).isEqualTo(parse(clientTyped, CLIENT));
    }

    @Test
    void connectHintOfABoundServerNamesTheActualPort() throws Exception {
        TcpSpec bound = ((TcpSpec) parse("tcp:port=5005:5010", SERVER)).boundAt(5007);
        assertThat(parse(bound.connectHint(HOST), CLIENT)).isEqualTo(parse("tcp:server=box17,port=5007", CLIENT));
    }
}
