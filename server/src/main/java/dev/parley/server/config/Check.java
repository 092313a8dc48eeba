package dev.parley.server.config;

import java.time.Duration;
import java.util.List;

/** The checks the config records run in their constructors; each failure names the key. */
final class Check {
    private Check() {
    }

    static <T> T present(String key, T value) {
        if (value == null) {
            throw new ConfigException(key, "must be set");
        }
        return value;
    }

    static String notBlank(String key, String value) {
        if (present(key, value).isBlank()) {
            throw new ConfigException(key, "must not be empty");
        }
        return value;
    }

    static int between(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigException(key, "must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    static Duration between(String key, Duration value, Duration min, Duration max) {
        if (present(key, value).compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ConfigException(key, "must be between " + Durations.format(min) + " and "
                    + Durations.format(max) + " (was " + Durations.format(value) + ")");
        }
        return value;
    }

    static int positive(String key, int value) {
        if (value <= 0) {
            throw new ConfigException(key, "must be positive (was " + value + ")");
        }
        return value;
    }

    static Duration positive(String key, Duration value) {
        if (present(key, value).isNegative() || value.isZero()) {
            throw new ConfigException(key, "must be positive (was " + Durations.format(value) + ")");
        }
        return value;
    }

    /** Returns the allowed spelling of {@code value}, compared without regard to case. */
    static String oneOf(String key, String value, List<String> allowed) {
        present(key, value);
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value.strip())) {
                return candidate;
            }
        }
        throw new ConfigException(key, "must be one of " + String.join(", ", allowed) + " (was \"" + value + "\")");
    }
}
