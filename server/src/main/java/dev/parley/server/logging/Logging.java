package dev.parley.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import dev.parley.server.config.LogConfig;
import java.io.OutputStream;
import java.util.List;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.LoggerFactory;

/**
 * Replaces whatever Logback configuration is active with one appender: text or JSON lines on
 * stdout at the configured level. Call it once at startup, before the server starts its threads:
 * events logged while it runs may be lost.
 */
public final class Logging {
    /** Time, level, logger and message on one line; keep in step with {@code logback.xml}. */
    public static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{36} - %msg%n";

    /** Chatty at INFO; held at WARN unless the root level is already stricter. */
    static final List<String> NOISY_LIBRARIES = List.of("io.netty", "io.vertx", "org.flywaydb", "com.zaxxer");

    private Logging() {
    }

    /** Logs to stdout. */
    public static void configure(LogConfig config) {
        var console = new ConsoleAppender<ILoggingEvent>();
        console.setTarget("System.out");
        install(config, console);
    }

    /** Logs to {@code out}, which is closed when logging is configured again; for tests and tools. */
    public static void configure(LogConfig config, OutputStream out) {
        var appender = new OutputStreamAppender<ILoggingEvent>();
        appender.setOutputStream(out);
        install(config, appender);
    }

    private static void install(LogConfig config, OutputStreamAppender<ILoggingEvent> appender) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            throw new IllegalStateException("SLF4J is not bound to Logback but to "
                    + LoggerFactory.getILoggerFactory().getClass().getName() + "; remove the other binding");
        }
        context.reset();
        Encoder<ILoggingEvent> encoder = config.format().equals("json") ? json(context) : text(context);
        appender.setContext(context);
        appender.setName("stdout");
        appender.setEncoder(encoder);
        appender.start();

        Level level = Level.toLevel(config.level());
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        root.addAppender(appender);
        if (!level.isGreaterOrEqual(Level.WARN)) {
            NOISY_LIBRARIES.forEach(name -> context.getLogger(name).setLevel(Level.WARN));
        }
    }

    private static Encoder<ILoggingEvent> text(LoggerContext context) {
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(TEXT_PATTERN);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> json(LoggerContext context) {
        var encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.start();
        return encoder;
    }
}
