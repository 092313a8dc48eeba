package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link dev.parley.store.key.SigningKeyStore}: none until stored; the first key stored stays. */
public abstract class SigningKeyStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theFirstKeyStoredIsTheOneEveryCallerGets() {
        assertThat(committed().signingKeys().current()).isEmpty();

        String first = write(tx -> tx.signingKeys().putIfAbsent("{\"kid\":\"first\"}", T0));
        String second = write(tx -> tx.signingKeys().putIfAbsent("{\"kid\":\"second\"}", T0.plusSeconds(1)));

        assertThat(first).isEqualTo("{\"kid\":\"first\"}");
        assertThat(second).isEqualTo(first);
        assertThat(committed().signingKeys().current()).contains(first);
    }
}
