package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.ratelimit.Budget;
import dev.parley.store.ratelimit.RateLimitStore;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rate-limit store contract. A backend supplies {@link #open(InstantSource)}: an empty store
 * whose time is the given clock. Keys are fresh per test, so backends may share state across tests.
 */
public abstract class RateLimitStoreContract {
    /** Three hits per three seconds: one back per second. */
    private static final Budget THREE = new Budget(3, Duration.ofSeconds(3));

    private final AtomicLong millis = new AtomicLong(1_800_000_000_000L);
    private final String prefix = "contract:" + ThreadLocalRandom.current().nextLong() + ":";
    protected RateLimitStore store;

    protected abstract RateLimitStore open(InstantSource clock);

    @BeforeEach
    void openStore() {
        store = open(() -> Instant.ofEpochMilli(millis.get()));
    }

    private String key(String name) {
        return prefix + name;
    }

    /** Takes {@code hits} from the key's {@link #THREE} bucket; true if each was allowed. */
    private boolean spend(String key, int hits) {
        boolean allowed = true;
        for (int i = 0; i < hits; i++) {
            allowed &= store.take(key, THREE) == 0;
        }
        return allowed;
    }

    private void advance(long ms) {
        millis.addAndGet(ms);
    }

    @Test
    void aFullBucketAllowsItsLimitThenSaysWhenTheNextHitIsFree() {
        assertThat(spend(key("a"), 3)).as("all allowed").isTrue();
        assertThat(store.take(key("a"), THREE)).isBetween(1L, 1000L);
    }

    @Test
    void aRefusedTakeSpendsNothing() {
        spend(key("a"), 3);
        advance(400);
        assertThat(store.take(key("a"), THREE)).isEqualTo(600);
        assertThat(store.take(key("a"), THREE)).isEqualTo(600);
        advance(600);
        assertThat(store.take(key("a"), THREE)).isZero();
        assertThat(store.take(key("a"), THREE)).isEqualTo(1000);
    }

    @Test
    void bucketsRefillContinuouslyUpToTheirLimit() {
        spend(key("a"), 3);
        advance(2_000);
        assertThat(store.take(key("a"), THREE)).isZero();
        assertThat(store.take(key("a"), THREE)).isZero();
        assertThat(store.take(key("a"), THREE)).isPositive();
        advance(60_000);
        assertThat(spend(key("a"), 3)).as("all allowed").isTrue();
        assertThat(store.take(key("a"), THREE)).isPositive();
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        spend(key("a"), 3);
        assertThat(store.take(key("a"), THREE)).isPositive();
        assertThat(store.take(key("b"), THREE)).isZero();
    }

    @Test
    void aHitGivenBackCanBeTakenAgainButNeverOverfillsTheBucket() {
        spend(key("a"), 3);
        store.giveBack(key("a"), THREE);
        assertThat(store.take(key("a"), THREE)).isZero();
        assertThat(store.take(key("a"), THREE)).isPositive();

        store.giveBack(key("fresh"), THREE);
        store.giveBack(key("fresh"), THREE);
        assertThat(spend(key("fresh"), 3)).as("all allowed").isTrue();
        assertThat(store.take(key("fresh"), THREE)).isPositive();
    }

    @Test
    void timeGoingBackwardsRefillsNothing() {
        spend(key("a"), 3);
        advance(-5_000);
        assertThat(store.take(key("a"), THREE)).isPositive();
        advance(5_000);
        assertThat(store.take(key("a"), THREE)).isPositive();
    }

    @Test
    void concurrentTakesFromOneBucketAllowExactlyItsLimit() throws Exception {
        Budget ten = new Budget(10, Duration.ofHours(1));
        List<Callable<Long>> takes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            takes.add(() -> store.take(key("hot"), ten));
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            long allowed = 0;
            for (Future<Long> f : threads.invokeAll(takes)) {
                if (f.get() == 0) {
                    allowed++;
                }
            }
            assertThat(allowed).isEqualTo(10);
        }
    }

    @Test
    void purgingForgetsFullBucketsAndKeepsTheOthers() {
        store.take(key("used"), THREE);
        spend(key("empty"), 3);
        advance(1_500);
        // How many it finds depends on the backend (memory forgets full buckets by itself).
        assertThat(store.purgeFull()).isNotNegative();
        assertThat(store.take(key("empty"), THREE)).isZero();
        assertThat(store.take(key("empty"), THREE)).isPositive();
        assertThat(spend(key("used"), 3)).as("all allowed").isTrue();
    }
}
