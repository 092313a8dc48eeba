package dev.parley.core;

import dev.parley.bus.Bus;
import dev.parley.core.auth.AccessTokens;
import dev.parley.core.auth.Accounts;
import dev.parley.core.auth.PasswordHasher;
import dev.parley.core.channel.Channels;
import dev.parley.core.community.Communities;
import dev.parley.core.community.MemberRequests;
import dev.parley.core.community.Members;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.delivery.Delivery;
import dev.parley.core.delivery.Snapshots;
import dev.parley.core.presence.LastSeen;
import dev.parley.core.message.History;
import dev.parley.core.message.Messages;
import dev.parley.core.message.Pins;
import dev.parley.core.message.Reactions;
import dev.parley.core.readstate.ReadStates;
import dev.parley.core.user.Privacy;
import dev.parley.core.invite.Invites;
import dev.parley.core.ratelimit.MemoryRateLimitStore;
import dev.parley.core.ratelimit.RateLimiter;
import dev.parley.core.role.Roles;
import dev.parley.core.user.Profiles;
import dev.parley.domain.IdGenerator;
import dev.parley.store.Storage;
import dev.parley.store.ratelimit.Budget;
import dev.parley.store.ratelimit.RateLimitStore;
import java.time.Duration;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/** Builds the use cases from their ports. The server and tests both wire through here. */
public final class CoreWiring {
    private CoreWiring() {
    }

    /**
     * Limits on the requests that cost a password hash: login attempts per account and per IP
     * within {@code loginWindow}, registrations per IP within {@code registerWindow}.
     */
    public record AuthLimits(int loginPerAccount, int loginPerIp, Duration loginWindow,
                             int registerPerIp, Duration registerWindow) {
    }

    /**
     * Limits of messaging: each user may send {@code sendBurst} messages at once and
     * {@code sendPerSecond} per second after that; a group chat holds {@code maxGroupSize} people.
     */
    public record MessagingLimits(int sendBurst, double sendPerSecond, int maxGroupSize) {
        public static final MessagingLimits DEFAULTS = new MessagingLimits(10, 5, 250);
    }

    /** Wires the use cases with the default messaging limits. */
    public static UseCases useCases(Storage storage, Bus bus, PasswordHasher hasher, AccessTokens tokens,
                                    Duration refreshTtl, AuthLimits limits, IdGenerator ids, InstantSource systemClock) {
        return useCases(storage, bus, hasher, tokens, refreshTtl, limits, MessagingLimits.DEFAULTS, ids, systemClock);
    }

    /** Wires the use cases for one node: rate limits in this process's memory, {@link FactsEpoch#local()}. */
    public static UseCases useCases(Storage storage, Bus bus, PasswordHasher hasher, AccessTokens tokens,
                                    Duration refreshTtl, AuthLimits limits, MessagingLimits messaging,
                                    IdGenerator ids, InstantSource systemClock) {
        return useCases(storage, new MemoryRateLimitStore(millis(systemClock)), bus, hasher, tokens, refreshTtl,
                limits, messaging, ids, systemClock, FactsEpoch.local());
    }

    /**
     * Wires the use cases, their rate limits (login, registration, sending, slowmode) kept in
     * {@code rateLimits}: a cluster passes one shared by every node. Time is cut to milliseconds
     * here, once, because that is what storage keeps: a value returned from a write then equals
     * the same value read back. {@code epoch} says whether this process commits every change
     * ({@link FactsEpoch#local()}, one node) or other nodes share the database ({@link
     * FactsEpoch#shared()}: kept facts are never trusted).
     */
    public static UseCases useCases(Storage storage, RateLimitStore rateLimits, Bus bus, PasswordHasher hasher,
                                    AccessTokens tokens, Duration refreshTtl, AuthLimits limits,
                                    MessagingLimits messaging, IdGenerator ids, InstantSource systemClock,
                                    FactsEpoch epoch) {
        InstantSource clock = millis(systemClock);
        Mutations mutations = new Mutations(storage, bus, clock, epoch);
        Accounts accounts = new Accounts(mutations, hasher, tokens, refreshTtl, new Accounts.Limiters(
                new RateLimiter(rateLimits, "login-account", new Budget(limits.loginPerAccount(), limits.loginWindow())),
                new RateLimiter(rateLimits, "login-ip", new Budget(limits.loginPerIp(), limits.loginWindow())),
                new RateLimiter(rateLimits, "register-ip", new Budget(limits.registerPerIp(), limits.registerWindow()))),
                ids, clock);
        RateLimiter sends = new RateLimiter(rateLimits, "send", Budget.of(messaging.sendBurst(), messaging.sendPerSecond()));
        return new UseCases(accounts, new Profiles(mutations), new Communities(mutations, ids, clock),
                new Members(mutations), new Channels(mutations, ids, clock), new Roles(mutations, ids),
                new Invites(mutations, clock),
                new Messages(mutations, ids, clock, sends, rateLimits),
                new History(mutations), new Reactions(mutations, clock), new Pins(mutations, clock),
                new ReadStates(mutations, clock), new Conversations(mutations, ids, clock, messaging.maxGroupSize()),
                new Privacy(mutations), new MemberRequests(mutations), new Delivery(mutations), new Snapshots(mutations, accounts),
                new LastSeen(mutations), storage::reachable);
    }

    private static InstantSource millis(InstantSource clock) {
        return () -> clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
