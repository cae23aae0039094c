package io.dbgshell.cli;

import io.dbgshell.shell.Consoles;
import io.dbgshell.security.Password;
import io.dbgshell.transport.spec.PasswordSource;
import io.dbgshell.transport.spec.TransportSyntaxException;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What {@code password=*} means on the command line ({@code -server}, {@code -remote}), so that the
 * password need not sit in {@code ps} and the shell's history: {@code DBGSHELL_PASSWORD}, else asked
 * at the terminal without echo, else a one-line refusal. Asked at most once per process: several
 * {@code -server ...,password=*} share one answer.
 */
final class AskedPassword implements PasswordSource {
    private static final String PROMPT = "Password: ";

    private final UnaryOperator<String> environment;
    private final Supplier<Optional<char[]>> terminal;
    private Password answer;

    /**
     * @param environment looks up an environment variable
     * @param terminal    what a person types at the terminal without echo; empty when nobody is at one
     */
    AskedPassword(UnaryOperator<String> environment, Supplier<Optional<char[]>> terminal) {
        this.environment = environment;
        this.terminal = terminal;
    }

    /** The environment and terminal of this process. */
    static AskedPassword forThisProcess() {
        return new AskedPassword(System::getenv, () -> Consoles.bothStreamsAreTerminals()
                ? Optional.ofNullable(System.console().readPassword(PROMPT)) : Optional.empty());
    }

    @Override
    public Password password() throws TransportSyntaxException {
        if (answer == null) {
            Optional<Password> given = PasswordSource.fromEnvironment(environment);
            if (given.isEmpty()) {
                Optional<char[]> typed = terminal.get();
                if (typed.isEmpty()) {
                    throw new TransportSyntaxException("password=* takes the password from " + ENVIRONMENT_VARIABLE
                            + " or asks at a terminal; neither is there");
                }
                given = PasswordSource.checked(new String(typed.get()), "the password typed");
            }
            answer = given.get();
        }
        return answer;
    }
}
