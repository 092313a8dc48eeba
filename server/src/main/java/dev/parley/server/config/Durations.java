package dev.parley.server.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Durations as operators write them: {@code 30s}, {@code 15m}, {@code 2h}, {@code 30d}, {@code 500ms},
 * combinations such as {@code 1h30m}, or ISO-8601 ({@code PT15M}). Units are lower case, so
 * {@code m} is always minutes.
 */
final class Durations {
    private static final Pattern SHORT = Pattern.compile("(?:\\d+(?:ms|s|m|h|d))+");
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {
    }

    /** Parses {@code text}; throws IllegalArgumentException if it is not a duration. */
    static Duration parse(String text) {
        String trimmed = text.strip();
        try {
            if (SHORT.matcher(trimmed).matches()) {
                Duration total = Duration.ZERO;
                var parts = PART.matcher(trimmed);
                while (parts.find()) {
                    total = total.plus(unit(Long.parseLong(parts.group(1)), parts.group(2)));
                }
                return total;
            }
            if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
                return Duration.parse(trimmed);
            }
        } catch (ArithmeticException | NumberFormatException | DateTimeParseException e) {
            // falls through: too large or malformed
        }
        throw new IllegalArgumentException("not a duration: \"" + text + "\" (use 30s, 15m, 2h, 30d or PT15M)");
    }

    /**
     * The short form in the largest exact unit ({@code 30d}, {@code 24h}, {@code 15m}, {@code 90s});
     * days only from two days up, so a day reads {@code 24h}. ISO-8601 for zero, negatives and nanos.
     */
    static String format(Duration duration) {
        if (duration.isZero() || duration.isNegative() || duration.getNano() % 1_000_000 != 0) {
            return duration.toString();
        }
        long millis = duration.toMillis();
        if (millis % 86_400_000 == 0 && millis >= 2 * 86_400_000L) {
            return millis / 86_400_000 + "d";
        }
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static Duration unit(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException(unit);
        };
    }
}
