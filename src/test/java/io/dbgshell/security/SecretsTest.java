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

    @Test
    void spacesAroundTheEqualsSignDoNotHideAPasswordFromTheMask() {
        // the transport parser accepts these forms, so they reach echoes, history and transcripts
        assertThat(Secrets.maskLine(".server tcp:port=1,password = s3cret; .echo hi"))
                .isEqualTo(".server tcp:port=1,password = *; .echo hi");
        assertThat(Secrets.maskLine(".server tcp:port=1,Password= s3cret")).isEqualTo(".server tcp:port=1,Password= *");
        assertThat(Secrets.maskLine(".server tcp:password =s3cret,port=1")).isEqualTo(".server tcp:password =*,port=1");
    }
}
