package dev.parley.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.World;
import dev.parley.protocol.auth.ChangePasswordRequest;
import dev.parley.protocol.auth.DeleteAccountRequest;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.error.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * {@link Accounts#authenticate} remembers sessions it found active, and every way a session ends
 * is seen by the very next request after the ending was answered. Each test authenticates the
 * token twice first, so the session is known active when it ends.
 */
class ActiveSessionsTest {
    private static final String IP = "1.1.1.1";
    private final World world = new World();
    private final Accounts accounts = world.uc.accounts();

    @Test
    void aKnownActiveSessionIsNotReadAgain() {
        world.user("ada");
        TokenResponse token = world.login("ada");
        accounts.authenticate(token.accessToken(), IP);
        long reads = world.counting.reads();

        Caller again = accounts.authenticate(token.accessToken(), "2.2.2.2");

        assertThat(world.counting.reads()).isEqualTo(reads);
        assertThat(again).isEqualTo(new Caller(token.user().id(), token.sessionId(), "2.2.2.2"));
    }

    @Test
    void logoutEndsTheSessionAtOnce() {
        world.user("bea");
        TokenResponse token = known(world.login("bea"));
        accounts.logout(accounts.authenticate(token.accessToken(), IP));

        refused(token);
    }

    @Test
    void revokingAnotherSessionEndsItAtOnce() {
        Caller cid = world.user("cid");
        TokenResponse other = known(world.login("cid"));
        accounts.revoke(cid, other.sessionId());

        refused(other);
    }

    @Test
    void revokingEveryOtherSessionEndsThemAtOnce() {
        Caller dot = world.user("dot");
        TokenResponse other = known(world.login("dot"));
        accounts.revokeOthers(dot);

        refused(other);
        assertThat(accounts.authenticate(world.login("dot").accessToken(), IP).userId()).isEqualTo(dot.userId());
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAtOnce() {
        Caller eve = world.user("eve");
        TokenResponse other = known(world.login("eve"));
        accounts.changePassword(eve, new ChangePasswordRequest(World.PASSWORD, "a new long passphrase"));

        refused(other);
    }

    @Test
    void aReusedRefreshTokenEndsItsSessionAtOnce() {
        world.user("fox");
        TokenResponse token = known(world.login("fox"));
        accounts.refresh(token.refreshToken(), IP);
        assertThatThrownBy(() -> accounts.refresh(token.refreshToken(), IP)).isInstanceOf(Failure.class);

        refused(token);
    }

    @Test
    void aDeletedAccountsSessionsEndAtOnce() {
        Caller gil = world.user("gil");
        TokenResponse other = known(world.login("gil"));
        accounts.deleteAccount(gil, new DeleteAccountRequest(World.PASSWORD));

        refused(other);
    }

    /** Authenticates the token twice: the second time on what the first remembered. */
    private TokenResponse known(TokenResponse token) {
        accounts.authenticate(token.accessToken(), IP);
        accounts.authenticate(token.accessToken(), IP);
        return token;
    }

    private void refused(TokenResponse token) {
        assertThatThrownBy(() -> accounts.authenticate(token.accessToken(), IP))
                .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TOKEN_INVALID));
    }
}
