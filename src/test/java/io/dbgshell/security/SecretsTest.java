package io.dbgshell.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {
    @Test
    void everyPasswordValueInALineIsMasked() {
        assertThat(Secrets.maskLine(".server tcp:port=1,PASSWORD=s3cret,hidden; .server npipe:pipe=x,password=two"))
                .isEqualTo(".server tcp:port=1,PASSWORD=*,hidden; .server npipe:pipe=x,password=*");
        assertThat(Secrets.maskLine("\"ssl:proto=tls1,password=abc\"")).isEqualTo("\"ssl:proto=tls1,password=*\"");
        assertThat(Secrets.maskLine(".echo nothing secret")).isEqualTo(".echo nothing secret");
    }
}
