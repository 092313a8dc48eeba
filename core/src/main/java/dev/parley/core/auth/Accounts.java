package dev.parley.core.auth;

import dev.parley.bus.Audience;
import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.FactsCache;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.core.ratelimit.RateLimiter;
import dev.parley.domain.IdGenerator;
import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import dev.parley.domain.user.Profile;
import dev.parley.domain.user.User;
import dev.parley.protocol.auth.ChangePasswordRequest;
import dev.parley.protocol.auth.DeleteAccountRequest;
import dev.parley.protocol.auth.LoginRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.auth.SessionView;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.CommunityDeleted;
import dev.parley.protocol.event.MemberLeft;
import dev.parley.protocol.event.SessionsRevoked;
import dev.parley.protocol.event.UserDeleted;
import dev.parley.protocol.user.UserSelf;
import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/** Account and session use cases. See the package contract. */
public final class Accounts {
    /** How many sessions {@link #authenticate} remembers as active. */
    private static final int ACTIVE_SESSIONS_KEPT = 100_000;

    private final Mutations mutations;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Limiters limiters;
    private final IdGenerator ids;
    private final InstantSource clock;
    /** Session id → the user it was found active for, until facts change (see {@link #authenticate}). */
    private final FactsCache<Long, Long> activeSessions;

    /**
     * The budgets that keep password hashing (the expensive part of both) from being abused:
     * logins per account and per IP, registrations per IP.
     */
    public record Limiters(RateLimiter loginPerAccount, RateLimiter loginPerIp, RateLimiter registerPerIp) {
    }

    public Accounts(Mutations mutations, PasswordHasher hasher, AccessTokens accessTokens, Duration refreshTtl,
                    Limiters limiters, IdGenerator ids, InstantSource clock) {
        this.mutations = mutations;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.refreshTokens = new RefreshTokens(refreshTtl, clock);
        this.limiters = limiters;
        this.ids = ids;
        this.clock = clock;
        this.activeSessions = new FactsCache<>(mutations.facts(), ACTIVE_SESSIONS_KEPT);
    }

    /** Creates an account for a client at {@code ip}; rate limited per IP, as each costs a hash. */
    public UserSelf register(RegisterRequest request, String ip) {
        return create(request, false, ip);
    }

    /** Creates an instance administrator (the admin command); not rate limited. */
    public UserSelf registerAdmin(RegisterRequest request) {
        return create(request, true, null);
    }

    private UserSelf create(RegisterRequest request, boolean admin, String ipOrNull) {
        Check.start()
                .require("username", request.username())
                .matches("username", request.username(), AccountRules.USERNAME,
                        "must be 2 to 32 letters, digits, '.', '_' or '-'")
                .require("display_name", request.displayName())
                .line("display_name", request.displayName(), 1, AccountRules.DISPLAY_NAME_MAX)
                .line("email", request.email(), 3, AccountRules.EMAIL_MAX)
                .matches("email", request.email(), AccountRules.EMAIL, "is not an email address")
                .orThrow();
        if (request.username().toLowerCase(java.util.Locale.ROOT).startsWith(AccountRules.RESERVED_PREFIX)) {
            throw Failure.invalid("username", "must not start with '" + AccountRules.RESERVED_PREFIX + "'");
        }
        PasswordPolicy.check("password", request.password());
        if (ipOrNull != null) {
            limit(limiters.registerPerIp(), "ip:" + ipOrNull);
        }
        String hash = hasher.hash(request.password());
        User user = new User(ids.next(), request.username(), request.displayName().strip(), request.email(), hash,
                Profile.EMPTY, admin, clock.instant(), null);
        try {
            mutations.apply(c -> {
                c.tx().users().insert(user);
                return null;
            });
        } catch (StoreException.Conflict e) {
            throw Failure.of("email".equals(e.key()) ? ErrorCode.EMAIL_TAKEN : ErrorCode.USERNAME_TAKEN);
        }
        return Views.self(user);
    }

    /**
     * Checks the password and opens a session. Unknown logins cost the same hashing work as
     * wrong passwords and fail the same way. The session is opened only if, at that moment, the
     * account still exists with the password just verified: a password change or an account
     * deletion that lands during the (slow) verification wins.
     */
    public TokenResponse login(LoginRequest request, String ip) {
        Check.start().require("login", request.login()).require("password", request.password())
                .line("login", request.login(), 1, AccountRules.EMAIL_MAX)
                .line("device_name", request.deviceName(), 1, AccountRules.DEVICE_NAME_MAX)
                .orThrow();
        // The IP is the socket peer's, so behind a reverse proxy every client shares one budget.
        // Trusting X-Forwarded-For from configured proxies comes with cluster mode; until then,
        // never read client-supplied headers here (they would let anyone pick their own budget).
        limit(limiters.loginPerIp(), "ip:" + ip);
        String login = request.login().strip();
        Optional<User> found = mutations.read(tx -> findByLogin(tx, login)).filter(u -> !u.deleted());
        // One budget per account, whether it is named by username or by email; unknown logins
        // are budgeted by the text given, so guessing names is limited too.
        limit(limiters.loginPerAccount(), found.map(u -> "user:" + u.id()).orElse("login:" + User.canonical(login)));
        if (found.isEmpty()) {
            hasher.verifyNothing(request.password());
            throw Failure.of(ErrorCode.INVALID_CREDENTIALS);
        }
        User user = found.get();
        if (!hasher.verify(request.password(), user.passwordHash())) {
            throw Failure.of(ErrorCode.INVALID_CREDENTIALS);
        }
        Instant now = clock.instant();
        String device = request.deviceName() == null ? "unknown device" : request.deviceName().strip();
        Session session = new Session(ids.next(), user.id(), device, ip, now, now, null);
        RefreshTokens.Issued refresh = refreshTokens.issue(session);
        User current = mutations.apply(c -> {
            User unchanged = c.tx().users().byId(user.id())
                    .filter(u -> !u.deleted() && user.passwordHash().equals(u.passwordHash()))
                    .orElseThrow(() -> Failure.of(ErrorCode.INVALID_CREDENTIALS));
            c.tx().sessions().insert(session);
            c.tx().sessions().insertRefreshToken(refresh.token());
            return unchanged;
        });
        return tokens(current, session.id(), refresh.secret());
    }

    /**
     * Spends a refresh token and issues its successor. Presenting a spent token again is treated
     * as theft: the whole session is revoked, and the reuse is reported.
     */
    public TokenResponse refresh(String presented, String ip) {
        Check.start().require("refresh_token", presented).line("refresh_token", presented, 1, 200).orThrow();
        String hash = RefreshTokens.hash(presented);
        Instant now = clock.instant();
        RefreshOutcome outcome = mutations.apply(c -> {
            Tx tx = c.tx();
            Optional<RefreshToken> token = tx.sessions().refreshTokenByHash(hash);
            Optional<Session> session = token.flatMap(t -> tx.sessions().byId(t.sessionId()));
            Optional<User> user = session.flatMap(s -> tx.users().byId(s.userId())).filter(u -> !u.deleted());
            if (token.isEmpty() || session.isEmpty() || !session.get().active() || user.isEmpty()) {
                return new RefreshOutcome.Invalid();
            }
            if (token.get().used() || !tx.sessions().markRefreshTokenUsed(hash, now)) {
                tx.sessions().revoke(session.get().id(), now);
                c.emit(Audience.user(session.get().userId()),
                        new SessionsRevoked(session.get().userId(), List.of(Long.toString(session.get().id()))));
                return new RefreshOutcome.Reused();
            }
            if (!now.isBefore(token.get().expiresAt())) {
                return new RefreshOutcome.Invalid();
            }
            RefreshTokens.Issued next = refreshTokens.issue(session.get());
            tx.sessions().insertRefreshToken(next.token());
            tx.sessions().touch(session.get().id(), now, ip);
            return new RefreshOutcome.Rotated(user.get(), session.get().id(), next.secret());
        });
        return switch (outcome) {
            case RefreshOutcome.Invalid() -> throw Failure.of(ErrorCode.REFRESH_TOKEN_INVALID);
            case RefreshOutcome.Reused() -> throw Failure.of(ErrorCode.REFRESH_TOKEN_REUSED);
            case RefreshOutcome.Rotated(User user, long sessionId, String secret) -> tokens(user, sessionId, secret);
        };
    }

    private sealed interface RefreshOutcome {
        record Invalid() implements RefreshOutcome {
        }

        record Reused() implements RefreshOutcome {
        }

        record Rotated(User user, long sessionId, String secret) implements RefreshOutcome {
        }
    }

    /**
     * Resolves an access token to its caller. Fails if the token is invalid or expired, or if its
     * session was revoked or its account deleted, so revocation takes effect at once.
     *
     * <p>A session found active is remembered until facts change ({@link FactsCache}): ending a
     * session or deleting an account publishes an event that moves the {@link dev.parley.core.FactsEpoch}
     * before the logout or deletion is answered, so a request that starts after it reads the session
     * again and fails. The token itself is checked on every call (signature once, expiry always).
     */
    public Caller authenticate(String accessToken, String ip) {
        AccessTokens.Claims claims = accessTokens.verify(accessToken);
        Long activeFor = activeSessions.get(claims.sessionId());
        if (activeFor != null && activeFor == claims.userId()) {
            return new Caller(claims.userId(), claims.sessionId(), ip);
        }
        long tag = activeSessions.tag();
        Caller caller = readAuthenticated(claims, ip, (tx, c, user) -> c);
        activeSessions.put(claims.sessionId(), tag, claims.userId());
        return caller;
    }

    /** Work for an authenticated caller inside the transaction that checked them; {@code user} is their account. */
    public interface AuthenticatedRead<T> {
        T apply(Tx tx, Caller caller, User user);
    }

    /**
     * Authenticates as {@link #authenticate} does, then runs {@code work} for the caller in the
     * read transaction that found the session active: what it reads is what that session may see
     * at that instant, without a second transaction.
     */
    public <T> T readAuthenticated(String accessToken, String ip, AuthenticatedRead<T> work) {
        return readAuthenticated(accessTokens.verify(accessToken), ip, work);
    }

    private <T> T readAuthenticated(AccessTokens.Claims claims, String ip, AuthenticatedRead<T> work) {
        return mutations.read(tx -> {
            Optional<User> user = tx.sessions().byId(claims.sessionId())
                    .filter(s -> s.active() && s.userId() == claims.userId())
                    .flatMap(s -> tx.users().byId(claims.userId())).filter(u -> !u.deleted());
            if (user.isEmpty()) {
                throw Failure.of(ErrorCode.TOKEN_INVALID, "The session has ended.");
            }
            return work.apply(tx, new Caller(claims.userId(), claims.sessionId(), ip), user.get());
        });
    }

    public void logout(Caller caller) {
        revoke(caller, caller.sessionId());
    }

    public List<SessionView> sessions(Caller caller) {
        return mutations.read(tx -> tx.sessions().activeOf(caller.userId()).stream()
                .map(s -> Views.session(s, caller.sessionId())).toList());
    }

    /** Ends one of the caller's sessions (their own current one included). */
    public void revoke(Caller caller, long sessionId) {
        mutations.apply(c -> {
            Session session = c.tx().sessions().byId(sessionId)
                    .filter(s -> s.userId() == caller.userId() && s.active())
                    .orElseThrow(() -> Failure.notFound("session"));
            c.tx().sessions().revoke(session.id(), clock.instant());
            c.emit(Audience.user(caller.userId()), new SessionsRevoked(caller.userId(), List.of(Long.toString(sessionId))));
            return null;
        });
    }

    /** Ends every session of the caller except the current one. */
    public void revokeOthers(Caller caller) {
        mutations.apply(c -> revokeAll(c, caller.userId(), caller.sessionId()));
    }

    public void changePassword(Caller caller, ChangePasswordRequest request) {
        Check.start().require("current_password", request.currentPassword()).orThrow();
        PasswordPolicy.check("new_password", request.newPassword());
        User user = mutations.read(tx -> tx.users().byId(caller.userId()).orElseThrow(() -> Failure.notFound("user")));
        if (!hasher.verify(request.currentPassword(), user.passwordHash())) {
            throw Failure.of(ErrorCode.INVALID_CREDENTIALS, "The current password is wrong.");
        }
        String hash = hasher.hash(request.newPassword());
        mutations.apply(c -> {
            c.tx().users().update(c.tx().users().byId(caller.userId()).orElseThrow().withPasswordHash(hash));
            return revokeAll(c, caller.userId(), caller.sessionId());
        });
    }

    /**
     * Deletes the caller's account: the user row stays as a tombstone (messages keep their
     * author id), every session ends and every membership is removed. An owner must first
     * transfer or delete their communities.
     */
    public void deleteAccount(Caller caller, DeleteAccountRequest request) {
        Check.start().require("password", request.password()).orThrow();
        User user = mutations.read(tx -> tx.users().byId(caller.userId()).orElseThrow(() -> Failure.notFound("user")));
        if (!hasher.verify(request.password(), user.passwordHash())) {
            throw Failure.of(ErrorCode.INVALID_CREDENTIALS, "The password is wrong.");
        }
        mutations.apply(c -> {
            Tx tx = c.tx();
            var communities = tx.communities().ofMember(caller.userId());
            if (communities.stream().anyMatch(co -> co.ownerId() == caller.userId())) {
                throw Failure.of(ErrorCode.CONFLICT, "Transfer or delete the communities you own first.");
            }
            for (var community : communities) {
                tx.members().delete(community.id(), caller.userId());
                c.emit(new Audience.Community(community.id()), new MemberLeft(community.id(), caller.userId(), "deleted"));
                c.emit(Audience.user(caller.userId()), new CommunityDeleted(community.id()));
            }
            revokeAll(c, caller.userId(), 0);
            tx.users().update(tx.users().byId(caller.userId()).orElseThrow().erased(clock.instant()));
            c.emit(new Audience.PeersOf(caller.userId()), new UserDeleted(caller.userId()));
            return null;
        });
    }

    private Void revokeAll(Mutations.Changes c, long userId, long keepSessionId) {
        List<Long> revoked = c.tx().sessions().revokeAllOf(userId, keepSessionId, clock.instant());
        if (!revoked.isEmpty()) {
            c.emit(Audience.user(userId), new SessionsRevoked(userId, revoked.stream().map(String::valueOf).toList()));
        }
        return null;
    }

    private TokenResponse tokens(User user, long sessionId, String refreshSecret) {
        return new TokenResponse(accessTokens.issue(user.id(), sessionId), "Bearer", accessTokens.ttl().toSeconds(),
                refreshSecret, sessionId, Views.self(user));
    }

    private static Optional<User> findByLogin(Tx tx, String login) {
        return login.contains("@") ? tx.users().byEmail(login) : tx.users().byUsername(login);
    }

    private static void limit(RateLimiter limiter, String key) {
        long retryAfter = limiter.acquire(key);
        if (retryAfter > 0) {
            throw Failure.rateLimited(retryAfter);
        }
    }
}
