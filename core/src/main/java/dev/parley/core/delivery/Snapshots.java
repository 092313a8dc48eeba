package dev.parley.core.delivery;

import dev.parley.core.Caller;
import dev.parley.core.FactsCache;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.core.auth.Accounts;
import dev.parley.core.community.CommunityPermissions;
import dev.parley.core.community.JoinedCommunity;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.readstate.ReadStates;
import dev.parley.core.user.Privacy;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.user.User;
import dev.parley.protocol.gateway.CommunitySnapshot;
import dev.parley.protocol.gateway.GatewayLimits;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.store.Tx;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The READY snapshot (gateway.md §4), consistent at one instant and tied to an event log position.
 * It is read with a fixed number of statements, however many communities, channels and
 * conversations the user has: each kind of row is read for all of them at once. What a community
 * shows alike to all its members (the community, its channels and roles) is kept between
 * snapshots until a change of facts commits ({@link KeptCommunity}), so a member's IDENTIFY
 * reads only their own rows while nothing changes.
 */
public final class Snapshots {
    /** Communities whose READY parts are kept: beyond that, the least recently used are read again. */
    private static final int COMMUNITIES_KEPT = 10_000;

    private final Mutations mutations;
    private final Accounts accounts;
    private final int largeCommunityMembers;
    private final FactsCache<Long, KeptCommunity> communities;

    /** Communities above {@link GatewayLimits#LARGE_COMMUNITY_MEMBERS} members are {@code large}. */
    public Snapshots(Mutations mutations, Accounts accounts) {
        this(mutations, accounts, GatewayLimits.LARGE_COMMUNITY_MEMBERS);
    }

    public Snapshots(Mutations mutations, Accounts accounts, int largeCommunityMembers) {
        this.mutations = mutations;
        this.accounts = accounts;
        this.largeCommunityMembers = largeCommunityMembers;
        this.communities = new FactsCache<>(mutations.facts(), COMMUNITIES_KEPT);
    }

    /** Who an IDENTIFY authenticated as, and their snapshot. */
    public record Identified(Caller caller, ReadySnapshot snapshot) {
    }

    /**
     * IDENTIFY: the access token checked as {@link Accounts#authenticate} checks it, and the
     * caller's snapshot read in the transaction that found their login session active, so a
     * session revoked before that instant is refused and one revoked after it is in the log
     * after {@link ReadySnapshot#position()}.
     *
     * @throws Failure TOKEN_INVALID or TOKEN_EXPIRED, as {@link Accounts#authenticate}
     */
    public Identified identify(String accessToken, String ip) {
        long tag = communities.tag();
        return accounts.readAuthenticated(accessToken, ip,
                (tx, caller, user) -> new Identified(caller, ready(tx, caller, user, largeCommunityMembers, tag)));
    }

    public ReadySnapshot ready(Caller caller) {
        return ready(caller, largeCommunityMembers);
    }

    /**
     * The caller's snapshot, in one read transaction: their account and settings; every community
     * they are in with the channels they can see, all its roles, their member record and
     * {@code large} (more than {@code largeCommunityMembers} members); their conversations as
     * {@code GET /conversations} lists them; their read states as {@code GET /users/@me/read-states}.
     *
     * @throws Failure NOT_FOUND if the account no longer exists
     */
    public ReadySnapshot ready(Caller caller, int largeCommunityMembers) {
        long tag = communities.tag();
        return mutations.read(tx -> ready(tx, caller,
                tx.users().byId(caller.userId()).filter(u -> !u.deleted()).orElseThrow(() -> Failure.notFound("user")),
                largeCommunityMembers, tag));
    }

    /**
     * The snapshot of a caller whose account {@code user} was read in {@code tx} (so its snapshot
     * is taken), {@code tag} being the kept communities' tag read before {@code tx} began.
     */
    private ReadySnapshot ready(Tx tx, Caller caller, User user, int largeCommunityMembers, long tag) {
        long userId = caller.userId();
        long position = tx.events().head();
        Map<Long, KeptCommunity> kept = new HashMap<>();
        List<JoinedCommunity> joined = joined(tx, userId, tag, kept);
        List<CommunitySnapshot> communities = joined.stream()
                .map(j -> community(j, user, kept.get(j.id()), largeCommunityMembers)).toList();
        List<Conversation> conversations = tx.conversations().ofUser(userId);
        List<ReadStates.Seen> seen = new ArrayList<>(ReadStates.seen(joined));
        conversations.forEach(c -> seen.add(ReadStates.Seen.conversation(c.id())));
        Map<Long, ReadStateView> readStates = ReadStates.views(tx, userId, seen);
        return new ReadySnapshot(position, Views.self(user), Privacy.get(tx, userId), communities,
                Conversations.list(tx, userId, conversations, readStates), List.copyOf(readStates.values()));
    }

    /**
     * The user's communities as {@code tx} sees them, by id, as {@link JoinedCommunity#ofUser}
     * reads them, with each one's {@link KeptCommunity} put in {@code kept}. Only the member
     * records are read every time: a community's facts come from the cache while no change of facts
     * has committed or begun since they were loaded (asked here, after {@code tx}'s snapshot was
     * taken, so a change this snapshot sees is never answered from before it, see
     * {@link dev.parley.core.FactsEpoch}); the others are read in {@code tx} and kept under
     * {@code tag}, read before {@code tx} began.
     */
    private List<JoinedCommunity> joined(Tx tx, long userId, long tag, Map<Long, KeptCommunity> kept) {
        List<Member> members = tx.members().ofUser(userId).stream()
                .sorted(Comparator.comparingLong(Member::communityId)).toList();
        List<Long> missing = new ArrayList<>();
        for (Member member : members) {
            KeptCommunity known = communities.get(member.communityId());
            if (known != null) {
                kept.put(member.communityId(), known);
            } else {
                missing.add(member.communityId());
            }
        }
        if (!missing.isEmpty()) {
            List<Community> rows = tx.communities().ofMember(userId).stream().filter(c -> missing.contains(c.id())).toList();
            Map<Long, CommunityPermissions> facts = CommunityPermissions.loadAll(tx, rows);
            Map<Long, Integer> counts = tx.members().counts(rows.stream().map(Community::id).toList());
            for (Community row : rows) {
                KeptCommunity loaded = KeptCommunity.of(facts.get(row.id()), counts.get(row.id()));
                communities.put(row.id(), tag, loaded);
                kept.put(row.id(), loaded);
            }
        }
        List<JoinedCommunity> joined = new ArrayList<>();
        for (Member member : members) {
            KeptCommunity community = kept.get(member.communityId());
            if (community != null) {
                joined.add(new JoinedCommunity(community.facts().community(), member, community.facts()));
            }
        }
        return joined;
    }

    private static CommunitySnapshot community(JoinedCommunity joined, User user, KeptCommunity kept,
                                               int largeCommunityMembers) {
        return new CommunitySnapshot(kept.view(), kept.channelsAmong(joined.facts().visibleTo(joined.member())),
                kept.roles(), Views.member(joined.member(), user), kept.memberCount() > largeCommunityMembers);
    }
}
