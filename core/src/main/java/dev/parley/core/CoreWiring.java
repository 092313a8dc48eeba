package dev.parley.core;

import dev.parley.bus.Bus;
import dev.parley.core.auth.AccessTokens;
import dev.parley.core.auth.Accounts;
import dev.parley.core.auth.PasswordHasher;
import dev.parley.core.channel.Channels;
import dev.parley.core.community.Communities;
import dev.parley.core.community.Members;
import dev.parley.core.invite.Invites;
import dev.parley.core.ratelimit.RateLimiter;
import dev.parley.core.role.Roles;
import dev.parley.core.user.Profiles;
import dev.parley.domain.IdGenerator;
import dev.parley.store.Storage;
import java.time.Duration;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/** Builds the use cases from their ports. The server and tests both wire through here. */
public final class CoreWiring {
    private CoreWiring() {
    }

    /** Login limits: attempts per account and per IP within one window. */
    public record LoginLimits(int perAccount, int perIp, Duration window) {
    }

    /**
     * Wires the use cases. Time is cut to milliseconds here, once, because that is what storage
     * keeps: a value returned from a write then equals the same value read back.
     */
    public static UseCases useCases(Storage storage, Bus bus, PasswordHasher hasher, AccessTokens tokens,
                                    Duration refreshTtl, LoginLimits limits, IdGenerator ids, InstantSource systemClock) {
        InstantSource clock = () -> systemClock.instant().truncatedTo(ChronoUnit.MILLIS);
        Mutations mutations = new Mutations(storage, bus);
        Accounts accounts = new Accounts(mutations, hasher, tokens, refreshTtl,
                new RateLimiter(limits.perAccount(), limits.window(), clock),
                new RateLimiter(limits.perIp(), limits.window(), clock), ids, clock);
        return new UseCases(accounts, new Profiles(mutations), new Communities(mutations, ids, clock),
                new Members(mutations), new Channels(mutations, ids, clock), new Roles(mutations, ids),
                new Invites(mutations, clock), storage::reachable);
    }
}
