package dev.parley.client;

import dev.parley.protocol.auth.ChangePasswordRequest;
import dev.parley.protocol.auth.LoginRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.auth.SessionView;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.user.UserSelf;
import java.util.List;

/**
 * Accounts and sessions ({@code /api/v1/auth}). {@link #login}, {@link #refresh()} and
 * {@link #refresh(String)} store the tokens they obtain in this client; {@link #logout()} forgets
 * them. Register, login and refresh never send the client's bearer token.
 */
public final class AuthApi {
    private final Requester requester;

    AuthApi(Requester requester) {
        this.requester = requester;
    }

    /** Creates an account; does not log in. */
    public UserSelf register(RegisterRequest request) {
        return requester.fetch(ApiCall.post(ApiPath.of("auth", "register"), request).anonymous(), UserSelf.class);
    }

    /** Logs in and stores the tokens, so later calls of this client act as that user. */
    public TokenResponse login(LoginRequest request) {
        TokenResponse tokens = requester.fetch(ApiCall.post(ApiPath.of("auth", "login"), request).anonymous(), TokenResponse.class);
        requester.credentials().store(tokens);
        return tokens;
    }

    /** Logs in by username or email with no device name. */
    public TokenResponse login(String login, String password) {
        return login(new LoginRequest(login, password, null));
    }

    /** Spends the stored refresh token for a new pair and stores it. */
    public TokenResponse refresh() {
        String refreshToken = requester.credentials().tokens()
                .map(TokenResponse::refreshToken)
                .orElseThrow(() -> new IllegalStateException("this client holds no refresh token; log in first"));
        return refresh(refreshToken);
    }

    /** Spends the given refresh token for a new pair and stores it (a spent one gets refresh_token_reused). */
    public TokenResponse refresh(String refreshToken) {
        return requester.refresh(refreshToken);
    }

    /** Ends the current session and forgets its tokens. */
    public void logout() {
        requester.execute(ApiCall.post(ApiPath.of("auth", "logout")));
        requester.credentials().clear();
    }

    public List<SessionView> sessions() {
        return requester.fetchList(ApiCall.get(ApiPath.of("auth", "sessions")), SessionView.class);
    }

    public void revokeSession(long sessionId) {
        requester.execute(ApiCall.delete(ApiPath.of("auth", "sessions", sessionId)));
    }

    /** Revokes every session of the caller except the current one. */
    public void revokeOtherSessions() {
        requester.execute(ApiCall.post(ApiPath.of("auth", "sessions", "revoke-others")));
    }

    /** Changes the password; the server revokes every other session. */
    public void changePassword(ChangePasswordRequest request) {
        requester.execute(ApiCall.post(ApiPath.of("auth", "password"), request));
    }
}
