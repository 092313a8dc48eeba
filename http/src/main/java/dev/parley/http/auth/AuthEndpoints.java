package dev.parley.http.auth;

import dev.parley.core.auth.Accounts;
import dev.parley.http.route.Call;
import dev.parley.protocol.auth.ChangePasswordRequest;
import dev.parley.protocol.auth.LoginRequest;
import dev.parley.protocol.auth.RefreshRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.auth.SessionView;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.user.UserSelf;
import java.util.List;

/** {@code /api/v1/auth/*}: accounts and sessions. Each handler only translates HTTP to a use case. */
public final class AuthEndpoints {
    private final Accounts accounts;

    public AuthEndpoints(Accounts accounts) {
        this.accounts = accounts;
    }

    public UserSelf register(Call call, RegisterRequest body) {
        return accounts.register(body, call.ip());
    }

    public TokenResponse login(Call call, LoginRequest body) {
        return accounts.login(body, call.ip());
    }

    public TokenResponse refresh(Call call, RefreshRequest body) {
        return accounts.refresh(body.refreshToken(), call.ip());
    }

    public void logout(Call call) {
        accounts.logout(call.caller());
    }

    public List<SessionView> sessions(Call call) {
        return accounts.sessions(call.caller());
    }

    public void revokeSession(Call call) {
        accounts.revoke(call.caller(), call.id("sid"));
    }

    public void revokeOthers(Call call) {
        accounts.revokeOthers(call.caller());
    }

    public void changePassword(Call call, ChangePasswordRequest body) {
        accounts.changePassword(call.caller(), body);
    }
}
