package dev.parley.core.invite;

import dev.parley.bus.Audience;
import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.core.community.Access;
import dev.parley.core.community.CommunityPermissions;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.invite.Invite;
import dev.parley.domain.permission.Permission;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.InvitePreview;
import dev.parley.protocol.community.InviteView;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.CommunityCreated;
import dev.parley.protocol.event.InviteCreated;
import dev.parley.protocol.event.InviteDeleted;
import dev.parley.protocol.event.MemberJoined;
import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Invites: creating needs CREATE_INVITE; listing needs MANAGE_COMMUNITY; revoking needs to be the
 * inviter or hold MANAGE_COMMUNITY. Anyone with a code may preview it; accepting joins. Expired
 * and used-up invites fail with INVITE_EXPIRED / INVITE_USED_UP; revoked or unknown codes with
 * NOT_FOUND. Accepting while already a member returns the community and spends no use.
 */
public final class Invites {
    public static final int DEFAULT_MAX_AGE_SECONDS = 7 * 24 * 3600;
    public static final int MAX_AGE_SECONDS = 30 * 24 * 3600;
    public static final int MAX_USES = 1000;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int CODE_LENGTH = 10;

    private final Mutations mutations;
    private final InstantSource clock;
    private final SecureRandom random = new SecureRandom();

    public Invites(Mutations mutations, InstantSource clock) {
        this.mutations = mutations;
        this.clock = clock;
    }

    public InviteView create(Caller caller, long communityId, CreateInviteRequest request) {
        Check.start().range("max_age_seconds", request.maxAgeSeconds(), 0, MAX_AGE_SECONDS)
                .range("max_uses", request.maxUses(), 0, MAX_USES).orThrow();
        int maxAge = request.maxAgeSeconds() == null ? DEFAULT_MAX_AGE_SECONDS : request.maxAgeSeconds();
        Instant now = clock.instant();
        return mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            access.require(Permission.CREATE_INVITE);
            Invite invite = new Invite(newCode(c.tx()), communityId, caller.userId(), now,
                    maxAge == 0 ? null : now.plusSeconds(maxAge), request.maxUses() == null ? 0 : request.maxUses(), 0);
            c.tx().invites().insert(invite);
            InviteView view = Views.invite(invite);
            c.emit(managersAnd(c.tx(), communityId, caller.userId()), new InviteCreated(view));
            return view;
        });
    }

    public List<InviteView> list(Caller caller, long communityId) {
        return mutations.read(tx -> {
            Access.of(tx, communityId, caller.userId()).require(Permission.MANAGE_COMMUNITY);
            return tx.invites().ofCommunity(communityId).stream().map(Views::invite).toList();
        });
    }

    /** What the invite leads to. Needs no account. */
    public InvitePreview preview(String code) {
        return mutations.read(tx -> {
            Invite invite = usable(tx, code);
            Community community = tx.communities().byId(invite.communityId()).orElseThrow(() -> Failure.notFound("invite"));
            var inviter = tx.users().byId(invite.inviterId()).map(Views::user).orElse(null);
            return new InvitePreview(invite.code(), community.id(), community.name(), community.description(),
                    tx.members().count(community.id()), inviter, invite.expiresAt());
        });
    }

    public CommunityView accept(Caller caller, String code) {
        return mutations.apply(c -> {
            Tx tx = c.tx();
            Invite found = existing(tx, code);
            Community community = tx.communities().byId(found.communityId()).orElseThrow(() -> Failure.notFound("invite"));
            if (tx.members().get(community.id(), caller.userId()).isPresent()) {
                return Views.community(tx, community);
            }
            usable(tx, code);
            Member member = new Member(community.id(), caller.userId(), null, Set.of(), clock.instant());
            try {
                tx.members().insert(member);
            } catch (StoreException.Conflict raced) {
                throw Failure.of(ErrorCode.ALREADY_MEMBER);
            }
            tx.invites().incrementUses(code);
            CommunityView view = Views.community(tx, community);
            c.emit(new Audience.Community(community.id()), new MemberJoined(Views.member(tx, member)));
            c.emit(Audience.user(caller.userId()), new CommunityCreated(view));
            return view;
        });
    }

    public void revoke(Caller caller, String code) {
        mutations.apply(c -> {
            Invite invite = c.tx().invites().byCode(code).orElseThrow(() -> Failure.notFound("invite"));
            Access access;
            try {
                access = Access.of(c.tx(), invite.communityId(), caller.userId());
            } catch (Failure notMember) {
                throw Failure.notFound("invite");
            }
            if (invite.inviterId() != caller.userId()) {
                access.require(Permission.MANAGE_COMMUNITY);
            }
            c.tx().invites().delete(code);
            c.emit(managersAnd(c.tx(), invite.communityId(), invite.inviterId()), new InviteDeleted(invite.communityId(), code));
            return null;
        });
    }

    /**
     * Who hears of an invite: the members holding MANAGE_COMMUNITY (they may list and revoke every
     * invite) and its creator, while still a member.
     */
    private static Audience managersAnd(Tx tx, long communityId, long inviterId) {
        Set<Long> users = new HashSet<>(CommunityPermissions.load(tx, communityId)
                .map(facts -> facts.holding(tx, Permission.MANAGE_COMMUNITY)).orElse(Set.of()));
        if (tx.members().get(communityId, inviterId).isPresent()) {
            users.add(inviterId);
        }
        return new Audience.Users(users);
    }

    private static Invite existing(Tx tx, String code) {
        if (code == null || code.length() > 64) {
            throw Failure.notFound("invite");
        }
        return tx.invites().byCode(code).orElseThrow(() -> Failure.notFound("invite"));
    }

    private Invite usable(Tx tx, String code) {
        Invite invite = existing(tx, code);
        if (invite.expiredAt(clock.instant())) {
            throw Failure.of(ErrorCode.INVITE_EXPIRED, "This invite expired at " + invite.expiresAt() + ".");
        }
        if (invite.usedUp()) {
            throw Failure.of(ErrorCode.INVITE_USED_UP, "This invite has been used " + invite.uses() + " times, its limit.");
        }
        return invite;
    }

    private String newCode(Tx tx) {
        while (true) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (tx.invites().byCode(code.toString()).isEmpty()) {
                return code.toString();
            }
        }
    }
}
