package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.auth.TokenResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A refresh token is spent at most once per expiry, however many calls notice it. */
class CredentialsTest {

    private static TokenResponse pair(String access, String refresh) {
        return new TokenResponse(access, "Bearer", 900, refresh, 77, null);
    }

    @Test
    void spends_the_refresh_token_and_stores_the_new_pair() {
        Credentials credentials = Credentials.none();
        credentials.store(pair("a1", "r1"));
        List<String> spent = new ArrayList<>();

        Optional<String> renewed = credentials.renewAfter("a1", refresh -> {
            spent.add(refresh);
            return pair("a2", "r2");
        });

        assertThat(renewed).hasValue("a2");
        assertThat(spent).containsExactly("r1");
        assertThat(credentials.tokens()).map(TokenResponse::refreshToken).hasValue("r2");
    }

    @Test
    void a_token_already_replaced_is_not_refreshed_again() {
        Credentials credentials = Credentials.none();
        credentials.store(pair("a2", "r2"));

        Optional<String> renewed = credentials.renewAfter("a1", refresh -> {
            throw new AssertionError("must not refresh");
        });

        assertThat(renewed).hasValue("a2");
    }

    @Test
    void nothing_to_refresh_with_gives_nothing() {
        Function<String, TokenResponse> forbidden = refresh -> {
            throw new AssertionError("must not refresh");
        };

        assertThat(Credentials.bearer("a1").renewAfter("a1", forbidden)).isEmpty();
        assertThat(Credentials.none().renewAfter("a1", forbidden)).isEmpty();
    }

    @Test
    void concurrent_expiries_share_one_refresh() throws Exception {
        Credentials credentials = Credentials.none();
        credentials.store(pair("a1", "r1"));
        AtomicInteger refreshes = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<String>>> results = new ArrayList<>();

        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return credentials.renewAfter("a1", refresh -> pair("a" + (1 + refreshes.incrementAndGet()), "r2"));
                }));
            }
            start.countDown();
            for (Future<Optional<String>> result : results) {
                assertThat(result.get()).hasValue("a2");
            }
        }
        assertThat(refreshes).hasValue(1);
    }
}
