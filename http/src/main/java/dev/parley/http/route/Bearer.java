package dev.parley.http.route;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.auth.Accounts;
import dev.parley.protocol.error.ErrorCode;
import java.util.Locale;

/**
 * Authenticates {@code Authorization: Bearer <token>} through the accounts use case. A missing
 * header, or one of another scheme, is UNAUTHENTICATED; a token that is forged, expired or whose
 * session ended fails with the use case's code.
 */
public final class Bearer {
    private static final String PREFIX = "bearer ";
    private final Accounts accounts;

    public Bearer(Accounts accounts) {
        this.accounts = accounts;
    }

    public Caller authenticate(String authorization, String ip) {
        if (authorization == null || authorization.length() <= PREFIX.length()
                || !authorization.substring(0, PREFIX.length()).toLowerCase(Locale.ROOT).equals(PREFIX)
                || authorization.substring(PREFIX.length()).isBlank()) {
            throw Failure.of(ErrorCode.UNAUTHENTICATED, "Send an access token: Authorization: Bearer <token>.");
        }
        return accounts.authenticate(authorization.substring(PREFIX.length()).strip(), ip);
    }
}
