package dev.parley.server.config;

import java.time.Duration;

/**
 * Limits on login attempts, counted over a sliding window. Key {@code rate-limits} in the file.
 *
 * @param loginPerAccount attempts allowed per account name per window
 * @param loginPerIp attempts allowed per client IP per window
 * @param loginWindow the window both counts are taken over
 */
public record RateLimitConfig(int loginPerAccount, int loginPerIp, Duration loginWindow) {
    public RateLimitConfig {
        Check.positive("rate-limits.login-per-account", loginPerAccount);
        Check.positive("rate-limits.login-per-ip", loginPerIp);
        Check.positive("rate-limits.login-window", loginWindow);
    }

    public static RateLimitConfig defaults() {
        return new RateLimitConfig(10, 30, Duration.ofMinutes(15));
    }

    static RateLimitConfig read(ConfigSource in) {
        RateLimitConfig d = defaults();
        return new RateLimitConfig(
                in.integer("rate-limits.login-per-account", d.loginPerAccount),
                in.integer("rate-limits.login-per-ip", d.loginPerIp),
                in.duration("rate-limits.login-window", d.loginWindow));
    }
}
