package dev.parley.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Caller;
import dev.parley.core.CoreWiring;
import dev.parley.core.Failure;
import dev.parley.core.World;
import dev.parley.protocol.auth.ChangePasswordRequest;
import dev.parley.protocol.auth.DeleteAccountRequest;
import dev.parley.protocol.auth.LoginRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.error.ErrorCode;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AccountsTest {
    private static final String IP = "1.1.1.1";
    private final World world = new World();
    private final Accounts accounts = world.uc.accounts();

    private static void fails(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(code));
    }

    private RegisterRequest reg(String username, String email) {
        return new RegisterRequest(username, "Display", email, World.PASSWORD);
    }

    @Test
    void usernames_are_unique_ignoring_case_and_so_are_emails() {
        accounts.register(reg("Alice", "alice@example.test"), IP);
        fails(() -> accounts.register(reg("alice", null), IP), ErrorCode.USERNAME_TAKEN);
        fails(() -> accounts.register(reg("alice2", "ALICE@example.test"), IP), ErrorCode.EMAIL_TAKEN);
    }

    @Test
    void registration_validates_every_field() {
        fails(() -> accounts.register(reg("a", null), IP), ErrorCode.VALIDATION_FAILED);
        fails(() -> accounts.register(reg("x".repeat(33), null), IP), ErrorCode.VALIDATION_FAILED);
        fails(() -> accounts.register(reg("has space", null), IP), ErrorCode.VALIDATION_FAILED);
        fails(() -> accounts.register(reg("deleted-1", null), IP), ErrorCode.VALIDATION_FAILED);
        fails(() -> accounts.register(reg("bob", "not-an-email"), IP), ErrorCode.VALIDATION_FAILED);
        fails(() -> accounts.register(new RegisterRequest("bob", null, null, World.PASSWORD), IP), ErrorCode.VALIDATION_FAILED);
        fails(() -> accounts.register(new RegisterRequest("bob", "Bob", null, "1234567890"), IP), ErrorCode.PASSWORD_TOO_WEAK);
        fails(() -> accounts.register(new RegisterRequest("bob", "Bob", null, "short"), IP), ErrorCode.PASSWORD_TOO_WEAK);
        assertThat(accounts.register(reg("bob", null), IP).username()).isEqualTo("bob");
    }

    @Test
    void login_by_username_or_email_and_unknown_logins_fail_like_wrong_passwords() {
        accounts.register(reg("Carol", "carol@example.test"), IP);
        assertThat(accounts.login(new LoginRequest("carol", World.PASSWORD, null), "1.1.1.1").user().username()).isEqualTo("Carol");
        assertThat(accounts.login(new LoginRequest("CAROL@example.test", World.PASSWORD, null), "1.1.1.1").tokenType()).isEqualTo("Bearer");
        fails(() -> accounts.login(new LoginRequest("carol", "wrong password!", null), "1.1.1.1"), ErrorCode.INVALID_CREDENTIALS);
        fails(() -> accounts.login(new LoginRequest("nobody", World.PASSWORD, null), "1.1.1.1"), ErrorCode.INVALID_CREDENTIALS);
    }

    @Test
    void login_is_rate_limited_per_account_and_per_ip() {
        accounts.register(reg("dave", null), IP);
        for (int i = 0; i < 5; i++) {
            String ip = "10.0.0." + i;
            fails(() -> accounts.login(new LoginRequest("dave", "wrong password!", null), ip), ErrorCode.INVALID_CREDENTIALS);
        }
        assertThatThrownBy(() -> accounts.login(new LoginRequest("dave", World.PASSWORD, null), "10.0.0.9"))
                .isInstanceOfSatisfying(Failure.class, f -> {
                    assertThat(f.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(f.retryAfterSeconds()).isPositive();
                });
        for (int i = 0; i < 20; i++) {
            String login = "user" + i;
            fails(() -> accounts.login(new LoginRequest(login, "x", null), "10.9.9.9"), ErrorCode.INVALID_CREDENTIALS);
        }
        fails(() -> accounts.login(new LoginRequest("someone-else", "x", null), "10.9.9.9"), ErrorCode.RATE_LIMITED);
        world.clock.advance(Duration.ofMinutes(15));
        assertThat(accounts.login(new LoginRequest("dave", World.PASSWORD, null), "10.0.0.9").user().username()).isEqualTo("dave");
    }

    @Test
    void refresh_rotates_and_a_replayed_token_ends_the_session() {
        Caller erin = world.user("erin");
        TokenResponse first = world.login("erin");
        TokenResponse second = accounts.refresh(first.refreshToken(), "1.1.1.1");
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.sessionId()).isEqualTo(first.sessionId());
        TokenResponse third = accounts.refresh(second.refreshToken(), "1.1.1.1");

        fails(() -> accounts.refresh(first.refreshToken(), "6.6.6.6"), ErrorCode.REFRESH_TOKEN_REUSED);
        fails(() -> accounts.refresh(third.refreshToken(), "1.1.1.1"), ErrorCode.REFRESH_TOKEN_INVALID);
        fails(() -> accounts.authenticate(third.accessToken(), "1.1.1.1"), ErrorCode.TOKEN_INVALID);
        assertThat(accounts.authenticate(world.login("erin").accessToken(), "1.1.1.1").userId()).isEqualTo(erin.userId());
    }

    @Test
    void refresh_tokens_expire() {
        world.user("fay");
        TokenResponse tokens = world.login("fay");
        world.clock.advance(Duration.ofDays(31));
        fails(() -> accounts.refresh(tokens.refreshToken(), "1.1.1.1"), ErrorCode.REFRESH_TOKEN_INVALID);
        fails(() -> accounts.refresh("garbage", "1.1.1.1"), ErrorCode.REFRESH_TOKEN_INVALID);
    }

    @Test
    void sessions_are_listed_and_revoked() {
        Caller gus = world.user("gus");
        TokenResponse other = world.login("gus");
        assertThat(accounts.sessions(gus)).hasSize(2).filteredOn(s -> s.current()).singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo(gus.sessionId()));
        accounts.revokeOthers(gus);
        assertThat(accounts.sessions(gus)).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(gus.sessionId()));
        fails(() -> accounts.authenticate(other.accessToken(), "1.1.1.1"), ErrorCode.TOKEN_INVALID);
        fails(() -> accounts.revoke(gus, other.sessionId()), ErrorCode.NOT_FOUND);
        Caller stranger = world.user("hal");
        fails(() -> accounts.revoke(stranger, gus.sessionId()), ErrorCode.NOT_FOUND);
    }

    @Test
    void changing_the_password_needs_the_old_one_and_ends_other_sessions() {
        Caller ivy = world.user("ivy");
        TokenResponse other = world.login("ivy");
        fails(() -> accounts.changePassword(ivy, new ChangePasswordRequest("not the password", "a new long passphrase")), ErrorCode.INVALID_CREDENTIALS);
        fails(() -> accounts.changePassword(ivy, new ChangePasswordRequest(World.PASSWORD, "1234567890")), ErrorCode.PASSWORD_TOO_WEAK);
        accounts.changePassword(ivy, new ChangePasswordRequest(World.PASSWORD, "a new long passphrase"));
        fails(() -> accounts.authenticate(other.accessToken(), "1.1.1.1"), ErrorCode.TOKEN_INVALID);
        fails(() -> world.login("ivy"), ErrorCode.INVALID_CREDENTIALS);
        assertThat(accounts.login(new LoginRequest("ivy", "a new long passphrase", null), "1.1.1.1").user().id()).isEqualTo(ivy.userId());
    }

    @Test
    void a_deleted_account_becomes_a_tombstone_and_cannot_log_in() {
        Caller jay = world.user("jay");
        fails(() -> accounts.deleteAccount(jay, new DeleteAccountRequest("wrong password!")), ErrorCode.INVALID_CREDENTIALS);
        accounts.deleteAccount(jay, new DeleteAccountRequest(World.PASSWORD));
        fails(() -> world.login("jay"), ErrorCode.INVALID_CREDENTIALS);
        var tombstone = world.uc.profiles().byId(jay.userId());
        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.username()).isEqualTo("deleted-" + jay.userId());
        assertThat(accounts.register(reg("jay", "jay@example.test"), IP).id()).isNotEqualTo(jay.userId());
    }

    @Test
    void username_and_email_share_one_login_budget() {
        accounts.register(reg("kim", "kim@example.test"), IP);
        for (int i = 0; i < 5; i++) {
            String ip = "10.1.0." + i;
            fails(() -> accounts.login(new LoginRequest("KIM@example.test", "wrong password!", null), ip), ErrorCode.INVALID_CREDENTIALS);
        }
        fails(() -> accounts.login(new LoginRequest("kim", World.PASSWORD, null), "10.1.0.9"), ErrorCode.RATE_LIMITED);
        fails(() -> accounts.login(new LoginRequest("Kim", World.PASSWORD, null), "10.1.0.9"), ErrorCode.RATE_LIMITED);
    }

    @Test
    void registration_is_rate_limited_per_ip() {
        World strict = new World(new CoreWiring.AuthLimits(5, 20, Duration.ofMinutes(15), 2, Duration.ofHours(1)));
        Accounts limited = strict.uc.accounts();
        limited.register(reg("lea", null), "10.2.0.1");
        fails(() -> limited.register(reg("lea", null), "10.2.0.1"), ErrorCode.USERNAME_TAKEN);
        assertThatThrownBy(() -> limited.register(reg("leo", null), "10.2.0.1"))
                .isInstanceOfSatisfying(Failure.class, f -> {
                    assertThat(f.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(f.retryAfterSeconds()).isPositive();
                });
        assertThat(limited.register(reg("leo", null), "10.2.0.2").username()).isEqualTo("leo");
        assertThat(limited.registerAdmin(reg("root", null)).admin()).as("the admin command is not limited").isTrue();
        strict.clock.advance(Duration.ofHours(1));
        assertThat(limited.register(reg("lou", null), "10.2.0.1").username()).isEqualTo("lou");
    }

    @Test
    void a_password_changed_during_login_wins() {
        Caller max = world.user("max");
        world.interleaving.beforeNextWrite(tx -> tx.users().update(tx.users().byId(max.userId()).orElseThrow()
                .withPasswordHash(new PasswordHasher(1024, 1, 1).hash("the new passphrase"))));
        fails(() -> world.login("max"), ErrorCode.INVALID_CREDENTIALS);
        assertThat(accounts.sessions(max)).hasSize(1);
    }

    @Test
    void an_account_deleted_during_login_gets_no_session() {
        Caller ned = world.user("ned");
        world.interleaving.beforeNextWrite(tx -> tx.users().update(tx.users().byId(ned.userId()).orElseThrow()
                .erased(world.clock.instant())));
        fails(() -> world.login("ned"), ErrorCode.INVALID_CREDENTIALS);
    }

    @Test
    void tokens_of_a_deleted_account_stop_working_even_with_a_live_session() {
        world.user("ora");
        TokenResponse tokens = world.login("ora");
        world.storage.write(tx -> {
            tx.users().update(tx.users().byId(tokens.user().id()).orElseThrow().erased(world.clock.instant()));
            return null;
        });
        fails(() -> accounts.authenticate(tokens.accessToken(), IP), ErrorCode.TOKEN_INVALID);
        fails(() -> accounts.refresh(tokens.refreshToken(), IP), ErrorCode.REFRESH_TOKEN_INVALID);
    }
}
