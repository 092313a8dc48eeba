package dev.parley.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Failure;
import dev.parley.protocol.error.ErrorCode;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1024, 1, 1);

    @Test
    void hashes_in_phc_format_with_a_fresh_salt_each_time() {
        String first = hasher.hash("tangerine elephant");
        String second = hasher.hash("tangerine elephant");
        assertThat(first).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void verifies_the_right_password_only() {
        String hash = hasher.hash("tangerine elephant");
        assertThat(hasher.verify("tangerine elephant", hash)).isTrue();
        assertThat(hasher.verify("tangerine elephanT", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void reads_cost_parameters_from_the_stored_hash() {
        String cheap = new PasswordHasher(1024, 1, 1).hash("tangerine elephant");
        PasswordHasher costlier = new PasswordHasher(2048, 2, 1);
        assertThat(costlier.verify("tangerine elephant", cheap)).isTrue();
    }

    @Test
    void refuses_malformed_or_missing_hashes() {
        assertThat(hasher.verify("x", null)).isFalse();
        assertThat(hasher.verify("x", "")).isFalse();
        assertThat(hasher.verify("x", "$argon2i$v=19$m=1024,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=zz,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=1024,t=1,p=1$!!!$AAAA")).isFalse();
    }

    @Test
    void a_caller_who_waits_too_long_for_a_hashing_slot_is_told_to_retry() {
        Semaphore slots = new Semaphore(1, true);
        PasswordHasher bounded = new PasswordHasher(1024, 1, 1, slots, Duration.ofMillis(20));
        String hash = bounded.hash("tangerine elephant");
        slots.acquireUninterruptibly(); // every slot busy
        try {
            assertThatThrownBy(() -> bounded.verify("tangerine elephant", hash))
                    .isInstanceOfSatisfying(Failure.class, f -> {
                        assertThat(f.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                        assertThat(f.retryAfterSeconds()).isEqualTo(1);
                    });
            assertThatThrownBy(() -> bounded.hash("tangerine elephant")).isInstanceOf(Failure.class);
        } finally {
            slots.release();
        }
        assertThat(bounded.verify("tangerine elephant", hash)).isTrue();
        assertThat(slots.availablePermits()).as("every slot is given back").isEqualTo(1);
    }
}
