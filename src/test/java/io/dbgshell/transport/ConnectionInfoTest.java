package io.dbgshell.transport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionInfoTest {
    @Test
    void guessesAreCountedPerAddressPerLineOrPerPipe() {
        assertThat(ConnectionInfo.of("tcp", "10.0.0.5:50123").source()).isEqualTo("tcp 10.0.0.5");
        assertThat(ConnectionInfo.of("ssl", "[::1]:443").source()).isEqualTo("ssl [::1]");
        assertThat(ConnectionInfo.of("com", "COM1/3").source()).isEqualTo("com COM1");
        assertThat(ConnectionInfo.of("com", "/dev/pts/3/7").source()).isEqualTo("com /dev/pts/3");
        assertThat(ConnectionInfo.of("npipe", "tiger").source()).isEqualTo("npipe tiger");
    }
}
