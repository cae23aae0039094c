package io.dbgshell.transport;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionInfoTest {
    @Test
    void aSourceIsAnAddressAnIpv6NetworkAUserOrALine() {
        assertThat(ConnectionInfo.ofAddress("tcp", "10.0.0.5:50123", new InetSocketAddress("10.0.0.5", 50123)).source())
                .isEqualTo("address 10.0.0.5");
        assertThat(ConnectionInfo.ofAddress("ssl", "x", new InetSocketAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 443)).source())
                .isEqualTo("address 2001:db8:1:2:0:0:0:0/64");
        assertThat(ConnectionInfo.ofSerial("com", "COM1", 3).source()).isEqualTo("line COM1");
        assertThat(ConnectionInfo.ofSerial("com", "/dev/pts/3", 7).peer()).isEqualTo("/dev/pts/3/7");
        assertThat(ConnectionInfo.ofPipe("npipe", "tiger", Optional.of("alice")).source()).isEqualTo("user alice");
        assertThat(ConnectionInfo.ofPipe("npipe", "tiger", Optional.empty()).source()).isEqualTo("npipe tiger");
    }

    @Test
    void everyAddressOfOneIpv6NetworkIsOneSource() {
        InetSocketAddress one = new InetSocketAddress("2001:db8:1:2::1", 1);
        InetSocketAddress other = new InetSocketAddress("2001:db8:1:2:ffff::9", 2);
        InetSocketAddress elsewhere = new InetSocketAddress("2001:db8:1:3::1", 1);
        assertThat(ConnectionInfo.ofAddress("tcp", "a", one).source()).isEqualTo(ConnectionInfo.ofAddress("tcp", "b", other).source())
                .isNotEqualTo(ConnectionInfo.ofAddress("tcp", "c", elsewhere).source());
    }

    @Test
    void anIpv4MappedAddressIsItsIpv4Source() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 5};
        // Java turns a mapped address into the Inet4Address it carries
        assertThat(ConnectionInfo.sourceAddress(java.net.InetAddress.getByAddress(mapped))).isEqualTo("10.0.0.5");
    }
}
