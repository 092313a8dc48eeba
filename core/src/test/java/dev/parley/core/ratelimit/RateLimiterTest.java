package dev.parley.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));

    @Test
    void allows_the_budget_then_says_how_long_to_wait() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(3), clock);
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isEqualTo(60);
    }

    @Test
    void refills_over_time() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(2), clock);
        limiter.acquire("k");
        limiter.acquire("k");
        assertThat(limiter.acquire("k")).isPositive();
        clock.advance(Duration.ofSeconds(60));
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isPositive();
    }

    @Test
    void keys_have_separate_budgets() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), clock);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("b")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }
}
