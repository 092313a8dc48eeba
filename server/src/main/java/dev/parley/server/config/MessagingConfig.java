package dev.parley.server.config;

/**
 * Limits of messaging.
 *
 * @param sendBurst messages a user may send at once before the rate limit applies, 1..1000
 * @param sendPerSecond messages per second a user may sustain, 1..1000
 * @param maxGroupSize people in a group chat, owner included, 2..10000
 */
public record MessagingConfig(int sendBurst, int sendPerSecond, int maxGroupSize) {
    public MessagingConfig {
        Check.between("messaging.send-burst", sendBurst, 1, 1000);
        Check.between("messaging.send-per-second", sendPerSecond, 1, 1000);
        Check.between("messaging.max-group-size", maxGroupSize, 2, 10_000);
    }

    public static MessagingConfig defaults() {
        return new MessagingConfig(10, 5, 250);
    }

    static MessagingConfig read(ConfigSource in) {
        MessagingConfig d = defaults();
        return new MessagingConfig(
                in.integer("messaging.send-burst", d.sendBurst),
                in.integer("messaging.send-per-second", d.sendPerSecond),
                in.integer("messaging.max-group-size", d.maxGroupSize));
    }
}
