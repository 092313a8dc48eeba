package dev.parley.client;

import dev.parley.protocol.auth.TokenResponse;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One client's credentials: nothing, a bare access token ({@link ParleyClient#withToken}), or the
 * token pair of a login or refresh. Reads are lock-free; every use of the refresh token happens
 * under one lock, because refresh tokens are single-use and the server revokes a session whose
 * refresh token is presented twice. So when several calls see their token expire at once, the
 * first refreshes and the others retry with the token it obtained.
 */
final class Credentials {
    private record State(String accessToken, TokenResponse tokens) {
        static final State NONE = new State(null, null);
    }

    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile State state;

    private Credentials(State state) {
        this.state = state;
    }

    static Credentials none() {
        return new Credentials(State.NONE);
    }

    static Credentials bearer(String accessToken) {
        return new Credentials(new State(accessToken, null));
    }

    Optional<String> accessToken() {
        return Optional.ofNullable(state.accessToken());
    }

    Optional<TokenResponse> tokens() {
        return Optional.ofNullable(state.tokens());
    }

    void store(TokenResponse tokens) {
        state = new State(tokens.accessToken(), tokens);
    }

    void clear() {
        state = State.NONE;
    }

    /**
     * Spends {@code refreshToken} through {@code exchange} under the refresh lock and stores the
     * new pair. A failed exchange leaves the credentials as they were.
     */
    TokenResponse refresh(String refreshToken, Function<String, TokenResponse> exchange) {
        refreshing.lock();
        try {
            TokenResponse fresh = exchange.apply(refreshToken);
            store(fresh);
            return fresh;
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * The access token to retry with after the server called {@code rejected} expired: the current
     * one if another call already replaced it, else the result of refreshing with the stored
     * refresh token. Empty when there is nothing to refresh with (a bare token, or logged out).
     */
    Optional<String> renewAfter(String rejected, Function<String, TokenResponse> exchange) {
        refreshing.lock();
        try {
            State current = state;
            if (current.accessToken() != null && !current.accessToken().equals(rejected)) {
                return Optional.of(current.accessToken());
            }
            if (current.tokens() == null || current.tokens().refreshToken() == null) {
                return Optional.empty();
            }
            return Optional.of(refresh(current.tokens().refreshToken(), exchange).accessToken());
        } finally {
            refreshing.unlock();
        }
    }
}
