package io.dbgshell.transport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TransportSpecParser#maskPassword} on good and malformed text: the key stays as typed, the value goes. */
class PasswordMaskTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            tcp:port=5005:5010,password=s3cret          | tcp:port=5005:5010,password=*
            NPIPE:Password=s3cret,pipe=tiger            | NPIPE:Password=*,pipe=tiger
            tcp:PASSWORD=s3cret                         | tcp:PASSWORD=*
            `"tcp:port=1,password=s3cret"`              | `"tcp:port=1,password=*"`
            `"ssl:password=s3cret,machuser=ab 38"`      | `"ssl:password=*,machuser=ab 38"`
            tcp:port=1,password = s3cret                | tcp:port=1,password = *
            tcp:password=s3cret,password=s3cret2        | tcp:password=*,password=*
            tcp:port=1,password=s3cret-with-dash!       | tcp:port=1,password=*
            tcp port=1 password=s3cret hidden           | tcp port=1 password=*
            password=s3cret                             | password=*
            tcp:port=5password=s3cret,hidden            | tcp:port=5password=*,hidden
            tcp:port=1,password                         | tcp:port=1,password
            tcp:port=1,password=                        | tcp:port=1,password=
            tcp:port=5005                               | tcp:port=5005
            """)
    void masksEveryPasswordValue(String typed, String masked) {
        assertThat(TransportSpecParser.maskPassword(typed)).isEqualTo(masked).doesNotContain("s3cret");
    }
}
