package io.dbgshell.security;

import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.spec.TransportSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Secrets#mask} on good and malformed text: the key stays as typed, the value goes. */
class SecretsTest {
    private static final String SECRET = "Leak9Me";

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
            tcp:port=1,password\u2003=s3cret            | tcp:port=1,password\u2003=*
            tcp:port=1,password\u00a0=\u2003s3cret      | tcp:port=1,password\u00a0=\u2003*
            `tcp:port=1,password="s3cret"`              | tcp:port=1,password=*
            `tcp:port=1,password='s3cret',hidden`       | tcp:port=1,password=*,hidden
            `Server started with 'tcp:password=*'`      | `Server started with 'tcp:password=*'`
            `tell them password=s3cret\\nnext line`     | `tell them password=*\\nnext line`
            """)
    void masksEveryPasswordValue(String typed, String masked) {
        String text = unescaped(typed);
        assertThat(Secrets.mask(text)).isEqualTo(unescaped(masked)).doesNotContain("s3cret");
    }

    /**
     * The mask reads keys as the parser does: for every character the parser lets stand around the
     * key (it strips Unicode spaces), a password the parser takes is one the mask hides.
     */
    @Test
    void everyPasswordTheParserTakesIsMaskedWhateverSpacesSurroundItsKey() {
        List<String> taken = new ArrayList<>();
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            for (String typed : List.of("tcp:port=1,password" + c + "=" + SECRET, "tcp:port=1," + c + "password=" + c + SECRET)) {
                if (parsesWithPassword(typed)) {
                    taken.add(typed);
                    assertThat(Secrets.mask(typed)).as("U+%04X", (int) c).doesNotContain(SECRET);
                }
            }
        }
        assertThat(taken).as("the em space is one the parser takes").contains("tcp:port=1,password\u2003=" + SECRET);
    }

    private static boolean parsesWithPassword(String typed) {
        try {
            return TransportSpecParser.parse(typed, Role.SERVER).password().isPresent();
        } catch (TransportSyntaxException e) {
            return false;
        }
    }

    private static String unescaped(String text) {
        return text.replace("\\u2003", "\u2003").replace("\\u00a0", "\u00a0").replace("\\n", "\n");
    }
}
