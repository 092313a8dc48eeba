package dev.parley.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.cli.Command.CreateAdmin;
import dev.parley.server.cli.Command.Help;
import dev.parley.server.cli.Command.Serve;
import dev.parley.server.cli.Command.Version;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandLineTest {
    private static final Optional<Path> NO_CONFIG = Optional.empty();
    private static final Optional<Path> CONFIG = Optional.of(Path.of("p.yaml"));

    static Stream<Arguments> valid() {
        return Stream.of(
                row("", new Serve(NO_CONFIG)),
                row("serve", new Serve(NO_CONFIG)),
                row("--config p.yaml", new Serve(CONFIG)),
                row("--config p.yaml serve", new Serve(CONFIG)),
                row("serve --config p.yaml", new Serve(CONFIG)),
                row("serve --config=p.yaml", new Serve(CONFIG)),
                row("serve --roles api,gateway", new Serve(NO_CONFIG, Optional.of("api,gateway"))),
                row("--roles=worker --config p.yaml", new Serve(CONFIG, Optional.of("worker"))),
                row("version", new Version()),
                row("--version", new Version()),
                row("version --version", new Version()),
                row("help", new Help()),
                row("help admin", new Help()),
                row("--help", new Help()),
                row("-h", new Help()),
                row("admin create --help", new Help()),
                row("--bogus -h", new Help()),
                row("admin create --username ada",
                        new CreateAdmin(NO_CONFIG, "ada", "ada", Optional.empty())),
                row("--config p.yaml admin create --username ada --display-name Ada --email ada@example.com",
                        new CreateAdmin(CONFIG, "ada", "Ada", Optional.of("ada@example.com"))),
                row("admin --username=ada create --config p.yaml",
                        new CreateAdmin(CONFIG, "ada", "ada", Optional.empty())));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("valid")
    void parses(String args, Command expected) throws UsageException {
        assertThat(CommandLine.parse(split(args))).isEqualTo(expected);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                row("bogus", "unknown command 'bogus' (known: serve, admin create, version, help)"),
                row("serve now", "unexpected argument 'now'"),
                row("--bogus", "unknown option --bogus"),
                row("-x", "unknown option -x"),
                row("--", "unknown option --"),
                row("--config", "--config needs a value"),
                row("--config --version", "--config needs a value"),
                row("--config=", "--config needs a value"),
                row("--config a.yaml --config b.yaml", "--config is given twice"),
                row("--help=yes", "--help takes no value"),
                row("serve --version", "--version cannot be combined with 'serve'"),
                row("version --config p.yaml", "--config cannot be used with 'version'"),
                row("serve --username ada", "--username cannot be used with 'serve'"),
                row("serve --roles", "--roles needs a value"),
                row("admin create --username ada --roles api", "--roles cannot be used with 'admin create'"),
                row("admin", "'admin' needs a subcommand: admin create"),
                row("admin delete", "unknown admin command 'delete' (known: create)"),
                row("admin create", "'admin create' needs --username NAME"),
                row("admin create --display-name Ada", "'admin create' needs --username NAME"),
                row("admin create --username ada extra", "unexpected argument 'extra'"),
                row("admin create --username ada --password hunter2", "--password is not accepted"));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("invalid")
    void rejects(String args, String message) {
        assertThatThrownBy(() -> CommandLine.parse(split(args)))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void valuesMayHoldSpacesAndDashes() throws UsageException {
        var args = new String[] {"admin", "create", "--username", "ada", "--display-name", "-Ada Lovelace-"};
        assertThat(CommandLine.parse(args)).isEqualTo(new CreateAdmin(NO_CONFIG, "ada", "-Ada Lovelace-", Optional.empty()));
    }

    @Test
    void usageNamesEveryCommandAndOption() {
        assertThat(CommandLine.usage()).contains("serve", "admin create", "--username", "--display-name", "--email",
                "version", "help", "--config", "--roles", "PARLEY_ADMIN_PASSWORD");
    }

    private static Arguments row(String args, Object expected) {
        return Arguments.of(args, expected);
    }

    private static String[] split(String args) {
        return args.isEmpty() ? new String[0] : args.split(" ");
    }
}
