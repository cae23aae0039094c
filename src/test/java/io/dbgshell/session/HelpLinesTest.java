package io.dbgshell.session;

import io.dbgshell.config.Tunables;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code .help} lists every command; {@code .help NAME} shows the one asked for, by name or alias. */
class HelpLinesTest {
    @RegisterExtension
    final TestHost host = new TestHost(loops -> new Transports(), Tunables.DEFAULTS);

    @Test
    void oneCommandByNameOrAliasOrAnyCase() {
        assertThat(host.shownFor(".help .echo")).isEqualTo(".echo TEXT  print TEXT to everyone in the session\n");
        assertThat(host.shownFor(".help ?")).isEqualTo(".help, ? [COMMAND]  list the commands, or show one\n");
        assertThat(host.shownFor(".HELP .ECHO")).isEqualTo(".echo TEXT  print TEXT to everyone in the session\n");
    }

    @Test
    void anUnknownNameIsOneLineAndTheListStillWorks() {
        assertThat(host.shownFor(".help nosuch")).isEqualTo("Error: no command 'nosuch' (.help lists the commands)\n");
        assertThat(host.shownFor(".help").lines()).hasSizeGreaterThan(5).anyMatch(line -> line.startsWith(".server"))
                .anyMatch(line -> line.startsWith(".echo"));
    }
}
