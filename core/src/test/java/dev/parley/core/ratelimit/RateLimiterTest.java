package dev.parley.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.MutableClock;
import dev.parley.store.ratelimit.Budget;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));

    private final MemoryRateLimitStore store = new MemoryRateLimitStore(clock);

    private RateLimiter limiter(int limit, Duration window) {
        return new RateLimiter(store, "test", new Budget(limit, window));
    }

    @Test
    void allows_the_budget_then_says_how_long_to_wait() {
        RateLimiter limiter = limiter(3, Duration.ofMinutes(3));
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isEqualTo(60);
    }

    @Test
    void refills_over_time() {
        RateLimiter limiter = limiter(2, Duration.ofMinutes(2));
        limiter.acquire("k");
        limiter.acquire("k");
        assertThat(limiter.acquire("k")).isPositive();
        clock.advance(Duration.ofSeconds(60));
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isPositive();
    }

    @Test
    void keys_have_separate_budgets() {
        RateLimiter limiter = limiter(1, Duration.ofMinutes(1));
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("b")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void a_refund_gives_one_hit_back() {
        RateLimiter limiter = limiter(1, Duration.ofMinutes(1));
        assertThat(limiter.acquire("k")).isZero();
        limiter.refund("k");
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isEqualTo(60);
    }

    @Test
    void budgets_of_one_store_never_share_a_bucket() {
        RateLimiter login = new RateLimiter(store, "login", new Budget(1, Duration.ofMinutes(1)));
        RateLimiter register = new RateLimiter(store, "register", new Budget(1, Duration.ofMinutes(1)));
        assertThat(login.acquire("ip:1")).isZero();
        assertThat(register.acquire("ip:1")).isZero();
        assertThat(login.acquire("ip:1")).isPositive();
    }
}
