package io.dbgshell.transport.spec;

import io.dbgshell.security.Password;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where {@code password=*} takes its password from. {@code *} is the form every listing prints, so
 * a user who copies a listing, or who keeps the password off a command line that {@code ps} shows,
 * writes it; the caller decides what it means (the environment, a prompt without echo, a refusal).
 */
@FunctionalInterface
public interface PasswordSource {
    /** The environment variable that may hold a session password instead of a command line. */
    String ENVIRONMENT_VARIABLE = "DBGSHELL_PASSWORD";

    /** Where nothing can supply a password: {@code password=*} is refused as the placeholder it then is. */
    PasswordSource NONE = () -> {
        throw TransportSyntaxErrors.passwordPlaceholder(ParamValues.FROM_SOURCE);
    };

    /** The password, or a one-line reason (no {@code Error:} prefix) why there is none. */
    Password password() throws TransportSyntaxException;

    /**
     * The password in {@link #ENVIRONMENT_VARIABLE}, empty when it is not set; refused, without its
     * text, when it is not a valid password.
     *
     * @param environment looks up an environment variable ({@code System::getenv})
     */
    static Optional<Password> fromEnvironment(UnaryOperator<String> environment) throws TransportSyntaxException {
        return checked(environment.apply(ENVIRONMENT_VARIABLE), ENVIRONMENT_VARIABLE);
    }

    /** {@code text} as a password, empty when null; refused naming {@code where} it came from, never its text. */
    static Optional<Password> checked(String text, String where) throws TransportSyntaxException {
        if (text == null) {
            return Optional.empty();
        }
        Password password = Password.ofOrNull(text);
        if (password == null) {
            throw new TransportSyntaxException(where + ": a password is 1 to " + Password.MAX_LENGTH + " letters and digits");
        }
        return Optional.of(password);
    }
}
