package io.dbgshell.transport.standard;

import io.dbgshell.transport.spec.TransportSyntaxErrors;
import io.dbgshell.transport.spec.TransportSyntaxException;
import io.dbgshell.transport.spec.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every refusal: the exact one-line message, which names the offending token (the third column)
 * and carries no {@code Error:} prefix.
 */
class TransportSpecParserErrorTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # role | input | token the message must name | exact message
            SERVER | ``                               | empty     | empty transport string (expected PROTOCOL:PARAM[,PARAM...])
            SERVER | `  "" `                          | empty     | empty transport string (expected PROTOCOL:PARAM[,PARAM...])
            SERVER | port=5005                        | port=5005 | 'port=5005' has no protocol (expected PROTOCOL:PARAM[,PARAM...])
            SERVER | tpc:port=5005                    | 'tpc'     | unknown protocol 'tpc' (expected npipe, tcp, com, ssl or spipe)
            SERVER | tpc                              | 'tpc'     | unknown protocol 'tpc' (expected npipe, tcp, com, ssl or spipe)
            SERVER | tcp                              | 'port'    | tcp needs 'port'
            SERVER | tcp:                             | 'port'    | tcp needs 'port'
            SERVER | tcp:port=5005,,hidden            | 'port=5005,,hidden' | empty parameter (two commas in a row or a comma at an end) in 'port=5005,,hidden'
            SERVER | tcp:port=5005,                   | 'port=5005,' | empty parameter (two commas in a row or a comma at an end) in 'port=5005,'
            SERVER | tcp:=5005                        | '=5005'   | parameter '=5005' has no key
            SERVER | tcp:prot=5005                    | 'prot'    | unknown parameter 'prot' for tcp
            SERVER | tcp:port=5005,baud=9600          | 'baud'    | parameter 'baud' does not belong to tcp
            SERVER | npipe:pipe=p,ipversion=6         | 'ipversion' | parameter 'ipversion' does not belong to npipe
            SERVER | ssl:proto=tls1,certuser=c,port=1,IcfEnable | 'IcfEnable' | parameter 'IcfEnable' does not belong to ssl
            SERVER | tcp:port=5005,Port=5006          | 'Port'    | duplicate parameter 'Port'
            SERVER | tcp:port=5005,hidden,HIDDEN      | 'HIDDEN'  | duplicate parameter 'HIDDEN'
            SERVER | npipe:pipe=                      | 'pipe'    | empty value for 'pipe'
            CLIENT | tcp:server=\\\\,port=1           | 'server'  | empty value for 'server'
            SERVER | tcp:port                         | 'port'    | 'port' needs a value (port=...)
            SERVER | tcp:port=5005,hidden=1           | 'hidden'  | 'hidden' is a flag and takes no value
            SERVER | npipe:pipe=p,IcfEnable=yes       | 'IcfEnable' | 'IcfEnable' is a flag and takes no value
            SERVER | tcp:server=box,port=5005         | 'server'  | 'server' is not allowed on a tcp server (it belongs to -remote)
            SERVER | npipe:pipe=p,server=box          | 'server'  | 'server' is not allowed on a npipe server (it belongs to -remote)
            CLIENT | tcp:server=box,port=1,hidden     | 'hidden'  | 'hidden' is not allowed on a tcp client (it belongs to -server)
            CLIENT | tcp:server=box,port=1,IcfEnable  | 'IcfEnable' | 'IcfEnable' is not allowed on a tcp client (it belongs to -server)
            CLIENT | com:port=1,baud=9600,channel=0,hidden | 'hidden' | 'hidden' is not allowed on a com client (it belongs to -server)
            SERVER | tcp:port=5005,clicon=box,hidden  | 'hidden'  | 'hidden' cannot be combined with 'clicon'
            SERVER | tcp:port=5005,IcfEnable,clicon=box | 'IcfEnable' | 'IcfEnable' cannot be combined with 'clicon'
            SERVER | ssl:proto=tls1,certuser=c,port=1,Clicon=box,hidden | 'Clicon' | 'hidden' cannot be combined with 'Clicon'
            SERVER | tcp:port=5005:5010,clicon=box    | '5005:5010' | port '5005:5010' must be a single port with 'clicon' (only a server without clicon, or a clicon client, may give a range)
            CLIENT | tcp:server=box,port=5005:5010    | '5005:5010' | port '5005:5010' must be a single port with 'server' (only a server without clicon, or a clicon client, may give a range)
            CLIENT | ssl:proto=tls1,certuser=c,server=box,port=1:2 | '1:2' | port '1:2' must be a single port with 'server' (only a server without clicon, or a clicon client, may give a range)
            CLIENT | tcp:port=5005                    | 'clicon'  | a tcp client needs 'server' or 'clicon'
            CLIENT | tcp:server=a,clicon=b,port=1     | 'clicon'  | 'server' cannot be combined with 'clicon'
            CLIENT | ssl:proto=tls1,certuser=c,port=1 | 'server'  | a ssl client needs 'server' or 'clicon'
            CLIENT | tcp:server=box                   | 'port'    | tcp needs 'port'
            SERVER | tcp:port=70000                   | '70000'   | port '70000' is not a port number (1-65535)
            SERVER | tcp:port=0:10                    | '0'       | port '0' is not a port number (1-65535)
            SERVER | tcp:port=0,clicon=box            | 'clicon'  | port '0' (any free port) works only for a listening server; with 'clicon' give the exact port
            CLIENT | tcp:server=box,port=0            | 'server'  | port '0' (any free port) works only for a listening server; with 'server' give the exact port
            CLIENT | ssl:proto=tls1,certuser=c,Clicon=box,port=0 | 'Clicon' | port '0' (any free port) works only for a listening server; with 'Clicon' give the exact port
            SERVER | tcp:port=+5                      | '+5'      | port '+5' is not a port number (1-65535)
            SERVER | tcp:port=99999999999999999999    | '99999999999999999999' | port '99999999999999999999' is not a port number (1-65535)
            SERVER | tcp:port=5005:x                  | 'x'       | port 'x' is not a port number (1-65535)
            SERVER | tcp:port=5005:                   | ''        | port '' is not a port number (1-65535)
            SERVER | tcp:port=1:2:3                   | '1:2:3'   | port '1:2:3' is not a port or a range LOW:HIGH
            SERVER | tcp:port=5010:5005               | '5010:5005' | port range '5010:5005' is backwards (LOW must not exceed HIGH)
            SERVER | tcp:port=1,ipversion=4           | '4'       | ipversion '4' is not supported (only ipversion=6)
            SERVER | tcp:port=1,password=has-dash    | password  | password must be 1 to 64 letters and digits
            SERVER | tcp:port=1,password=ñandú        | password  | password must be 1 to 64 letters and digits
            CLIENT | tcp:Port=1,Server=b,Password=*  | '*'       | password '*' is a placeholder; give the real password
            CLIENT | tcp:Port=1,Server=b,Password=<password> | '<password>' | password '<password>' is a placeholder; give the real password
            SERVER | ssl:proto=ssl3,certuser=c,port=1 | ssl3      | proto=ssl3 is insecure and refused; use proto=tls1 (TLS 1.3, else 1.2), tls12 or tls13
            SERVER | ssl:proto=SSL2,certuser=c,port=1 | SSL2      | proto=SSL2 is insecure and refused; use proto=tls1 (TLS 1.3, else 1.2), tls12 or tls13
            CLIENT | spipe:proto=pct1,certuser=c,pipe=p | pct1    | proto=pct1 is insecure and refused; use proto=tls1 (TLS 1.3, else 1.2), tls12 or tls13
            SERVER | ssl:proto=tls11,certuser=c,port=1 | 'tls11'  | unknown proto 'tls11' (expected tls1, tls12 or tls13)
            SERVER | ssl:certuser=c,port=1            | 'proto'   | ssl needs 'proto'
            SERVER | ssl:proto=tls1,port=1            | 'certuser' | ssl needs 'certuser' or 'machuser'
            SERVER | spipe:proto=tls1,pipe=p          | 'machuser' | spipe needs 'certuser' or 'machuser'
            SERVER | ssl:proto=tls1,certuser=a,machuser=b,port=1 | 'machuser' | 'certuser' cannot be combined with 'machuser'
            SERVER | ssl:proto=tls1,certuser=c        | 'port'    | ssl needs 'port'
            SERVER | spipe:proto=tls1,certuser=c      | 'pipe'    | spipe needs 'pipe'
            SERVER | spipe:proto=tls1,certuser=c,pipe=p,server=s | 'server' | 'server' is not allowed on a spipe server (it belongs to -remote)
            SERVER | com:baud=9600,channel=0          | 'port'    | com needs 'port'
            SERVER | com:port=1,channel=0             | 'baud'    | com needs 'baud'
            CLIENT | com:port=1,baud=9600             | 'channel' | com needs 'channel'
            SERVER | com:port=1,baud=9600,channel=255 | '255'     | channel '255' is out of range 0-254
            SERVER | com:port=1,baud=9600,channel=-1  | '-1'      | channel '-1' is out of range 0-254
            SERVER | com:port=1,baud=fast,channel=0   | 'fast'    | baud 'fast' is not a positive whole number
            SERVER | com:port=1,baud=0,channel=0      | '0'       | baud '0' is not a positive whole number
            SERVER | com:port=ttyS0,baud=1,channel=0  | 'ttyS0'   | com port 'ttyS0' is not COMn, n or a device path such as /dev/ttyUSB0
            SERVER | com:port=COM0,baud=1,channel=0   | 'COM0'    | com port 'COM0' is not COMn, n or a device path such as /dev/ttyUSB0
            SERVER | com:port=COM,baud=1,channel=0    | 'COM'     | com port 'COM' is not COMn, n or a device path such as /dev/ttyUSB0
            SERVER | npipe:pipe=a/b                   | 'a/b'     | pipe name 'a/b' may not contain spaces, quotes, control characters or '/'
            SERVER | npipe:pipe=a b                   | 'a b'     | pipe name 'a b' may not contain spaces, quotes, control characters or '/'
            SERVER | npipe:pipe=it's                  | 'it's'    | pipe name 'it's' may not contain spaces, quotes, control characters or '/'
            CLIENT | npipe:pipe=say"hi"               | 'say"hi"' | pipe name 'say"hi"' may not contain spaces, quotes, control characters or '/'
            SERVER | npipe:pipe=..                    | '..'      | pipe name '..' is reserved (it names a directory)
            SERVER | npipe:pipe=dbg%s                 | 'dbg%s'   | pipe name 'dbg%s' has '%s'; only %d, %x (at most two in total) and %% are allowed
            SERVER | npipe:pipe=dbg%                  | 'dbg%'    | pipe name 'dbg%' has '%'; only %d, %x (at most two in total) and %% are allowed
            SERVER | npipe:pipe=dbg%X                 | '%X'      | pipe name 'dbg%X' has '%X'; only %d, %x (at most two in total) and %% are allowed
            SERVER | spipe:proto=tls1,certuser=c,pipe=a%d%x%d | 'a%d%x%d' | pipe name 'a%d%x%d' has more than two %d/%x codes
            """)
    void refusesWithAMessageNamingTheToken(Role role, String input, String token, String message) {
        assertThatThrownBy(() -> TransportSpecParser.parse(input, role))
                .isInstanceOf(TransportSyntaxException.class)
                .hasMessage(message)
                .hasMessageContaining(token)
                .hasMessageNotContaining("Error");
    }

    @Test
    void aMessageQuotingTypedTextNeverCarriesThePassword() {
        assertThatThrownBy(() -> TransportSpecParser.parse("password=Hush42,port=1", Role.SERVER))
                .hasMessage("'password=*,port=1' has no protocol (expected PROTOCOL:PARAM[,PARAM...])");
        assertThatThrownBy(() -> TransportSpecParser.parse("tcp:port=5password=Hush42", Role.SERVER))
                .hasMessage("port '5password=*' is not a port number (1-65535)");
        assertThatThrownBy(() -> TransportSpecParser.parse("tcp:port=1,,password=Hush42", Role.SERVER))
                .message().doesNotContain("Hush42");
        assertThat(TransportSyntaxErrors.badPassword().getMessage()).doesNotContain("*");
    }
}
