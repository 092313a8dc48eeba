package dev.parley.server.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** What the user asked the {@code parley} program to do. */
public sealed interface Command {

    /**
     * Run the server; configuration from {@code config} (if given) and the environment, with
     * {@code roles} ({@code --roles api,gateway}) overriding {@code node.roles} when given.
     */
    record Serve(Optional<Path> config, Optional<String> roles) implements Command {
        public Serve {
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(roles, "roles");
        }

        public Serve(Optional<Path> config) {
            this(config, Optional.empty());
        }
    }

    /** Print the version and exit. */
    record Version() implements Command {
    }

    /**
     * Create an administrator account. The password is deliberately not here: it is read from
     * {@code PARLEY_ADMIN_PASSWORD} or stdin, so it never shows in the process list or shell history.
     *
     * @param displayName the username unless {@code --display-name} was given
     */
    record CreateAdmin(Optional<Path> config, String username, String displayName, Optional<String> email)
            implements Command {
        public CreateAdmin {
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(email, "email");
        }
    }

    /** Print the usage text and exit. */
    record Help() implements Command {
    }
}
