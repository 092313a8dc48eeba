package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import dev.parley.domain.user.User;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link dev.parley.store.session.SessionStore}: sessions, their revocation and refresh tokens. */
public abstract class SessionStoreContract extends StorageContract {

    @Test
    void sessionRoundTripsEveryField() {
        User alice = fixtures.user("alice");
        Session active = fixtures.session(alice);
        Session base = fixtures.session(alice);
        Session revoked = new Session(base.id(), alice.id(), "Parley for Android", "2001:db8::1",
                base.createdAt(), fixtures.now(), fixtures.now());
        insert(alice, active, revoked);

        assertThat(committed().sessions().byId(active.id())).contains(active);
        assertThat(committed().sessions().byId(revoked.id())).contains(revoked);
        assertThat(committed().sessions().byId(fixtures.id())).isEmpty();
    }

    @Test
    void activeOfListsTheUsersActiveSessionsNewestFirst() {
        User alice = fixtures.user("alice");
        User bob = fixtures.user("bob");
        Session first = fixtures.session(alice);
        Session second = fixtures.session(alice);
        Session third = fixtures.session(alice);
        Session bobs = fixtures.session(bob);
        Session revoked = revokedAt(fixtures.session(alice), fixtures.now());
        insert(alice, bob, second, revoked, first, bobs, third);

        assertThat(committed().sessions().activeOf(alice.id())).containsExactly(third, second, first);
        assertThat(committed().sessions().activeOf(bob.id())).containsExactly(bobs);
        assertThat(committed().sessions().activeOf(fixtures.id())).isEmpty();
    }

    @Test
    void touchRecordsTimeAndAddress() {
        User alice = fixtures.user("alice");
        Session session = fixtures.session(alice);
        Session other = fixtures.session(alice);
        insert(alice, session, other);
        Instant at = fixtures.now();

        inWrite(tx -> tx.sessions().touch(session.id(), at, "198.51.100.23"));

        assertThat(committed().sessions().byId(session.id())).contains(new Session(session.id(),
                alice.id(), session.deviceName(), "198.51.100.23", session.createdAt(), at, null));
        assertThat(committed().sessions().byId(other.id())).contains(other);
    }

    @Test
    void touchOfAnUnknownSessionThrowsNotFound() {
        assertNotFound(() -> inWrite(tx -> tx.sessions().touch(fixtures.id(), fixtures.now(), "192.0.2.1")));
    }

    @Test
    void revokeKeepsTheFirstRevocationTime() {
        User alice = fixtures.user("alice");
        Session session = fixtures.session(alice);
        insert(alice, session);
        Instant first = fixtures.now();
        Instant second = fixtures.now();

        inWrite(tx -> tx.sessions().revoke(session.id(), first));
        inWrite(tx -> tx.sessions().revoke(session.id(), second));

        assertThat(committed().sessions().byId(session.id())).contains(revokedAt(session, first));
        assertThat(committed().sessions().activeOf(alice.id())).isEmpty();
    }

    @Test
    void revokeAllOfKeepsOneSessionAndReturnsTheRevokedIds() {
        User alice = fixtures.user("alice");
        User bob = fixtures.user("bob");
        Session alreadyRevoked = revokedAt(fixtures.session(alice), fixtures.now());
        Session first = fixtures.session(alice);
        Session kept = fixtures.session(alice);
        Session third = fixtures.session(alice);
        Session bobs = fixtures.session(bob);
        insert(alice, bob, alreadyRevoked, first, kept, third, bobs);
        Instant at = fixtures.now();

        var revoked = write(tx -> tx.sessions().revokeAllOf(alice.id(), kept.id(), at));

        assertThat(revoked).containsExactlyInAnyOrder(first.id(), third.id());
        assertThat(committed().sessions().activeOf(alice.id())).containsExactly(kept);
        assertThat(committed().sessions().byId(first.id())).contains(revokedAt(first, at));
        assertThat(committed().sessions().byId(third.id())).contains(revokedAt(third, at));
        assertThat(committed().sessions().byId(alreadyRevoked.id())).contains(alreadyRevoked);
        assertThat(committed().sessions().activeOf(bob.id())).containsExactly(bobs);
    }

    @Test
    void revokeAllOfWithKeepZeroRevokesEverySession() {
        User alice = fixtures.user("alice");
        Session first = fixtures.session(alice);
        Session second = fixtures.session(alice);
        insert(alice, first, second);

        var revoked = write(tx -> tx.sessions().revokeAllOf(alice.id(), 0, fixtures.now()));

        assertThat(revoked).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(committed().sessions().activeOf(alice.id())).isEmpty();
        var revokedAgain = write(tx -> tx.sessions().revokeAllOf(alice.id(), 0, fixtures.now()));
        assertThat(revokedAgain).isEmpty();
    }

    @Test
    void refreshTokenRoundTripsUsedOrNot() {
        User alice = fixtures.user("alice");
        Session session = fixtures.session(alice);
        RefreshToken unused = fixtures.refreshToken(session);
        RefreshToken base = fixtures.refreshToken(session);
        RefreshToken used = new RefreshToken(base.hash(), session.id(), alice.id(), base.createdAt(),
                base.expiresAt(), fixtures.now());
        insert(alice, session, unused, used);

        assertThat(committed().sessions().refreshTokenByHash(unused.hash())).contains(unused);
        assertThat(committed().sessions().refreshTokenByHash(used.hash())).contains(used);
        assertThat(committed().sessions().refreshTokenByHash("f".repeat(64))).isEmpty();
    }

    @Test
    void insertRefreshTokenRejectsATakenHash() {
        User alice = fixtures.user("alice");
        Session session = fixtures.session(alice);
        Session other = fixtures.session(alice);
        RefreshToken token = fixtures.refreshToken(session);
        insert(alice, session, other, token);
        RefreshToken clash = new RefreshToken(token.hash(), other.id(), alice.id(), fixtures.now(),
                token.expiresAt(), null);

        assertConflict("refresh_token", () -> insert(clash));
        assertThat(committed().sessions().refreshTokenByHash(token.hash())).contains(token);
    }

    @Test
    void markRefreshTokenUsedSucceedsOnlyOnce() {
        User alice = fixtures.user("alice");
        Session session = fixtures.session(alice);
        RefreshToken token = fixtures.refreshToken(session);
        RefreshToken sibling = fixtures.refreshToken(session);
        insert(alice, session, token, sibling);
        Instant first = fixtures.now();
        Instant second = fixtures.now();

        boolean firstUse = write(tx -> tx.sessions().markRefreshTokenUsed(token.hash(), first));
        boolean secondUse = write(tx -> tx.sessions().markRefreshTokenUsed(token.hash(), second));

        assertThat(firstUse).isTrue();
        assertThat(secondUse).isFalse();

        assertThat(committed().sessions().refreshTokenByHash(token.hash())).contains(usedAt(token, first));
        assertThat(committed().sessions().refreshTokenByHash(sibling.hash())).contains(sibling);
    }

    @Test
    void markRefreshTokenUsedInOneTransactionSucceedsOnlyOnce() {
        User alice = fixtures.user("alice");
        Session session = fixtures.session(alice);
        RefreshToken token = fixtures.refreshToken(session);
        insert(alice, session, token);
        Instant at = fixtures.now();

        boolean[] results = write(tx -> new boolean[] {
                tx.sessions().markRefreshTokenUsed(token.hash(), at),
                tx.sessions().markRefreshTokenUsed(token.hash(), fixtures.now())});

        assertThat(results).containsExactly(true, false);
        assertThat(committed().sessions().refreshTokenByHash(token.hash())).contains(usedAt(token, at));
    }

    private static Session revokedAt(Session s, Instant at) {
        return new Session(s.id(), s.userId(), s.deviceName(), s.ip(), s.createdAt(), s.lastUsedAt(), at);
    }

    private static RefreshToken usedAt(RefreshToken t, Instant at) {
        return new RefreshToken(t.hash(), t.sessionId(), t.userId(), t.createdAt(), t.expiresAt(), at);
    }
}
