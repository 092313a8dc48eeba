package dev.parley.client;

import dev.parley.protocol.auth.RefreshRequest;
import dev.parley.protocol.auth.TokenResponse;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Runs calls for one client: attaches its bearer token, turns non-2xx answers into
 * {@link ParleyException}, and applies the refresh rule. The rule: when an authenticated call is
 * answered 401 {@code token_expired} and the client holds a refresh token, refresh once and send
 * the call once more; whatever the second answer is, it is final. If the refresh itself fails, the
 * first answer stands and the refresh failure is attached to the thrown exception as suppressed.
 */
final class Requester {
    static final String REFRESH_PATH = ApiPath.of("auth", "refresh");

    private final Transport transport;
    private final Credentials credentials;

    Requester(Transport transport, Credentials credentials) {
        this.transport = transport;
        this.credentials = credentials;
    }

    Credentials credentials() {
        return credentials;
    }

    <T> T fetch(ApiCall call, Class<T> type) {
        return ParleyJson.read(succeed(call).body(), type);
    }

    <T> List<T> fetchList(ApiCall call, Class<T> elementType) {
        return ParleyJson.read(succeed(call).body(), ParleyJson.listOf(elementType));
    }

    /** Runs a call whose success carries nothing the caller needs (usually 204). */
    void execute(ApiCall call) {
        succeed(call);
    }

    /** Runs a call under the refresh rule and returns its final answer, whatever the status. */
    HttpResponse<String> exchange(ApiCall call) {
        return attempt(call).response();
    }

    /** Trades a refresh token for a new pair under the refresh lock and stores it. */
    TokenResponse refresh(String refreshToken) {
        return credentials.refresh(refreshToken, this::postRefresh);
    }

    private HttpResponse<String> succeed(ApiCall call) {
        Attempt attempt = attempt(call);
        HttpResponse<String> response = attempt.response();
        if (response.statusCode() / 100 == 2) {
            return response;
        }
        ParleyException failure = new ParleyException(call.method(), call.path(), response.statusCode(), Problems.of(response));
        if (attempt.refreshFailure() != null) {
            failure.addSuppressed(attempt.refreshFailure());
        }
        throw failure;
    }

    private record Attempt(HttpResponse<String> response, ParleyException refreshFailure) {
    }

    private Attempt attempt(ApiCall call) {
        String token = call.authenticated() ? credentials.accessToken().orElse(null) : null;
        HttpResponse<String> first = transport.send(call, token);
        if (token == null || !Problems.isTokenExpired(first)) {
            return new Attempt(first, null);
        }
        try {
            return credentials.renewAfter(token, this::postRefresh)
                    .map(renewed -> new Attempt(transport.send(call, renewed), null))
                    .orElseGet(() -> new Attempt(first, null));
        } catch (ParleyException refreshFailure) {
            return new Attempt(first, refreshFailure);
        }
    }

    private TokenResponse postRefresh(String refreshToken) {
        return fetch(ApiCall.post(REFRESH_PATH, new RefreshRequest(refreshToken)).anonymous(), TokenResponse.class);
    }
}
