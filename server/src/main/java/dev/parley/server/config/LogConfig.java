package dev.parley.server.config;

import java.util.List;

/**
 * Log output on stdout.
 *
 * @param format {@code text} (one readable line per event) or {@code json} (one JSON object per line);
 *     stored in lower case
 * @param level the least severe level written: TRACE, DEBUG, INFO, WARN or ERROR; stored in upper case
 */
public record LogConfig(String format, String level) {
    public static final List<String> FORMATS = List.of("text", "json");
    public static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    public LogConfig {
        format = Check.oneOf("log.format", format, FORMATS);
        level = Check.oneOf("log.level", level, LEVELS);
    }

    public static LogConfig defaults() {
        return new LogConfig("text", "INFO");
    }

    static LogConfig read(ConfigSource in) {
        LogConfig d = defaults();
        return new LogConfig(in.string("log.format", d.format), in.string("log.level", d.level));
    }
}
