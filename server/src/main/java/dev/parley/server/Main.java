package dev.parley.server;

import dev.parley.core.Failure;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.error.Problem;
import dev.parley.protocol.user.UserSelf;
import dev.parley.server.cli.Command;
import dev.parley.server.cli.CommandLine;
import dev.parley.server.cli.UsageException;
import dev.parley.server.config.ConfigException;
import dev.parley.server.config.ConfigLoader;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.config.Role;
import dev.parley.server.logging.Logging;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/** The {@code parley} program: {@code serve} (default), {@code version}, {@code admin create}, {@code help}. */
public final class Main {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    Main(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.getenv(), System.out, System.err).run(args));
    }

    /** Runs one command and returns the process exit code: 0 done, 1 failed, 2 usage error. */
    int run(String[] args) {
        Command command;
        try {
            command = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println("parley: " + e.getMessage());
            err.println("Run 'parley help' for usage.");
            return 2;
        }
        try {
            return switch (command) {
                case Command.Help() -> {
                    out.print(CommandLine.usage());
                    yield 0;
                }
                case Command.Version() -> {
                    out.println("parley " + version());
                    yield 0;
                }
                case Command.Serve serve -> serve(ConfigLoader.load(serve.config(), withRoles(env, serve.roles())));
                case Command.CreateAdmin admin -> createAdmin(admin, ConfigLoader.load(admin.config(), env));
            };
        } catch (ConfigException e) {
            err.println("parley: invalid configuration: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Serves until the process is stopped. If the node cannot start (the port is taken, the
     * database cannot be opened, ...), says why on one line, releases what was opened and
     * returns 1; the stack trace is printed only at log level DEBUG or TRACE.
     */
    private int serve(ParleyConfig config) {
        Logging.configure(config.log());
        Parley parley = null;
        int port;
        try {
            parley = Parley.open(config, InstantSource.system());
            port = parley.serve();
        } catch (Exception e) { // not only runtime ones: Netty rethrows checked bind errors sneakily
            if (parley != null) {
                try {
                    parley.close();
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
            }
            err.println("parley: cannot start: " + reason(e));
            if (List.of("DEBUG", "TRACE").contains(config.log().level())) {
                e.printStackTrace(err);
            }
            return 1;
        }
        Parley started = parley;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            started.close();
            stopped.countDown();
        }));
        out.println(startedLine(config, parley, port));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * What a started node says on standard output: the REST URL, the gateway URL and the data
     * directory; a node that does not run every role names its roles first.
     */
    private static String startedLine(ParleyConfig config, Parley parley, int port) {
        String data = config.storage().postgres() ? "data in PostgreSQL" : "data in " + config.storage().dataDir();
        String roles = config.node().roles().stream().sorted().map(Role::key).collect(Collectors.joining(", "));
        String serving;
        if (config.node().runs(Role.API)) {
            String url = config.server().publicUrl().isEmpty()
                    ? "http://localhost:" + port
                    : config.server().effectivePublicUrl();
            serving = "is serving " + url + " (gateway " + parley.gatewayUrl() + ", " + data + ")";
        } else if (config.node().runs(Role.GATEWAY)) {
            serving = "is serving the gateway at " + parley.gatewayUrl() + " (" + data + ")";
        } else {
            serving = "is running (" + data + ")";
        }
        String prefix = "Parley " + version() + " ";
        return config.node().roles().size() == Role.values().length
                ? prefix + serving
                : prefix + "node " + config.node().id() + " [" + roles + "] " + serving;
    }

    /** {@code --roles} wins over the file and the environment: it is applied as the environment variable. */
    private static Map<String, String> withRoles(Map<String, String> env, Optional<String> roles) {
        if (roles.isEmpty()) {
            return env;
        }
        Map<String, String> withRoles = new HashMap<>(env);
        withRoles.put("PARLEY_NODE_ROLES", roles.get());
        return withRoles;
    }

    private int createAdmin(Command.CreateAdmin admin, ParleyConfig config) {
        Logging.configure(config.log());
        Optional<String> password = Optional.ofNullable(env.get("PARLEY_ADMIN_PASSWORD")).or(Main::readPasswordFromStdin);
        if (password.isEmpty()) {
            err.println("parley: give the password in PARLEY_ADMIN_PASSWORD or on standard input");
            return 2;
        }
        try (Parley parley = Parley.open(config, InstantSource.system())) {
            UserSelf user = parley.useCases().accounts().registerAdmin(new RegisterRequest(admin.username(),
                    admin.displayName(), admin.email().orElse(null), password.get()));
            out.println("Created administrator " + user.username() + " (id " + user.id() + ")");
            return 0;
        } catch (Failure f) {
            String fields = f.fieldErrors().stream().map(Problem.FieldError::toString).collect(Collectors.joining("; "));
            err.println("parley: " + f.detail() + (fields.isEmpty() ? "" : " (" + fields + ")"));
            return 1;
        }
    }

    /** The messages along the cause chain, each once: "cannot listen on 127.0.0.1:80: Permission denied". */
    static String reason(Throwable e) {
        StringBuilder out = new StringBuilder();
        Throwable t = e;
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            String message = t instanceof CompletionException ? null : t.getMessage();
            if (message != null && !message.isBlank() && !out.toString().contains(message)) {
                out.append(out.isEmpty() ? "" : ": ").append(message);
            }
        }
        return out.isEmpty() ? e.getClass().getSimpleName() : out.toString();
    }

    private static Optional<String> readPasswordFromStdin() {
        if (System.console() != null) {
            char[] typed = System.console().readPassword("Password for the new administrator: ");
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return Optional.ofNullable(line).filter(s -> !s.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
