package dev.parley.server.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses {@code parley [--config FILE] [COMMAND] [OPTIONS]}. Options may come before or after the
 * command words, as {@code --name value} or {@code --name=value}. {@code --help} or {@code -h}
 * anywhere asks for help and wins over any other argument, even a wrong one; so does the command
 * {@code help}, followed by anything that parses.
 */
public final class CommandLine {
    /** Every option that takes a value. */
    private static final Set<String> VALUE_OPTIONS = Set.of("config", "roles", "username", "display-name", "email");

    private CommandLine() {
    }

    /** The command {@code args} ask for; throws with a one-line reason when they ask for none. */
    public static Command parse(String[] args) throws UsageException {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            return new Command.Help();
        }
        var words = new ArrayList<String>();
        var options = new LinkedHashMap<String, String>();
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--version")) {
                version = true;
            } else if (arg.startsWith("--") && arg.length() > 2) {
                int eq = arg.indexOf('=');
                String name = arg.substring(2, eq < 0 ? arg.length() : eq);
                if (name.equals("help") || name.equals("version")) {
                    throw new UsageException("--" + name + " takes no value");
                }
                if (!VALUE_OPTIONS.contains(name)) {
                    throw unknownOption("--" + name);
                }
                String value = eq >= 0 ? arg.substring(eq + 1) : (i + 1 < args.length ? args[++i] : null);
                if (value == null || value.isBlank() || (eq < 0 && value.startsWith("--"))) {
                    throw new UsageException("--" + name + " needs a value");
                }
                if (options.put(name, value) != null) {
                    throw new UsageException("--" + name + " is given twice");
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw unknownOption(arg);
            } else {
                words.add(arg);
            }
        }
        if (!words.isEmpty() && words.getFirst().equals("help")) {
            return new Command.Help();
        }
        if (version) {
            if (!words.isEmpty() && !words.equals(List.of("version"))) {
                throw new UsageException("--version cannot be combined with '" + String.join(" ", words) + "'");
            }
            words = new ArrayList<>(List.of("version"));
        }
        return command(words, options);
    }

    private static Command command(List<String> words, Map<String, String> options) throws UsageException {
        String first = words.isEmpty() ? "serve" : words.getFirst();
        switch (first) {
            case "serve" -> {
                expectWords(words, 1);
                allowOnly(options, Set.of("config", "roles"), "serve");
                return new Command.Serve(config(options), Optional.ofNullable(options.get("roles")));
            }
            case "version" -> {
                expectWords(words, 1);
                allowOnly(options, Set.of(), "version");
                return new Command.Version();
            }
            case "admin" -> {
                if (words.size() < 2) {
                    throw new UsageException("'admin' needs a subcommand: admin create");
                }
                if (!words.get(1).equals("create")) {
                    throw new UsageException("unknown admin command '" + words.get(1) + "' (known: create)");
                }
                expectWords(words, 2);
                allowOnly(options, Set.of("config", "username", "display-name", "email"), "admin create");
                String username = options.get("username");
                if (username == null) {
                    throw new UsageException("'admin create' needs --username NAME");
                }
                return new Command.CreateAdmin(config(options), username,
                        options.getOrDefault("display-name", username), Optional.ofNullable(options.get("email")));
            }
            default -> throw new UsageException("unknown command '" + first + "' (known: serve, admin create, version, help)");
        }
    }

    private static void expectWords(List<String> words, int count) throws UsageException {
        if (words.size() > count) {
            throw new UsageException("unexpected argument '" + words.get(count) + "'");
        }
    }

    private static void allowOnly(Map<String, String> options, Set<String> allowed, String command)
            throws UsageException {
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageException("--" + name + " cannot be used with '" + command + "'");
            }
        }
    }

    private static Optional<Path> config(Map<String, String> options) throws UsageException {
        String value = options.get("config");
        try {
            return Optional.ofNullable(value).map(Path::of);
        } catch (InvalidPathException e) {
            throw new UsageException("--config: not a file path: " + value);
        }
    }

    private static UsageException unknownOption(String option) {
        if (option.equals("--password")) {
            return new UsageException("--password is not accepted, so the password stays out of the process list"
                    + " and shell history: set PARLEY_ADMIN_PASSWORD or type it when asked");
        }
        return new UsageException("unknown option " + option);
    }

    /** The help text, ending with a newline. */
    public static String usage() {
        return """
                Usage: parley [--config FILE] [COMMAND] [OPTIONS]

                Commands:
                  serve [--roles R]  Run the server. The default when no command is given. --roles
                                     picks what this node runs: api, gateway, worker, comma-separated
                                     (all three by default; overrides node.roles).
                  admin create --username NAME [--display-name NAME] [--email EMAIL]
                                     Create an administrator account. The password is read from
                                     PARLEY_ADMIN_PASSWORD or, when that is unset, from standard input.
                                     The display name defaults to the username.
                  version            Print the version and exit. Also: --version.
                  help               Print this help and exit. Also: --help, -h.

                Options:
                  --config FILE      Read configuration from FILE (YAML), before or after the command.
                                     Without it, built-in defaults apply. See config/parley.sample.yaml.

                Environment:
                  PARLEY_*           Every configuration key, overriding the file: PARLEY_ + the key
                                     upper-cased with "." and "-" as "_", e.g. PARLEY_SERVER_PORT=9000.
                  PARLEY_JAVA_OPTS   Extra JVM options for the ./parley launcher, e.g. -Xmx1g.
                """;
    }
}
