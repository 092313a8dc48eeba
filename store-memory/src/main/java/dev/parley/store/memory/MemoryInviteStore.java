package dev.parley.store.memory;

import dev.parley.domain.invite.Invite;
import dev.parley.store.StoreException;
import dev.parley.store.invite.InviteStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Invites by exact (case-sensitive) code. */
final class MemoryInviteStore implements InviteStore {
    /** Newest first; invites created in the same instant by code. */
    private static final Comparator<Invite> NEWEST_FIRST =
            Comparator.comparing(Invite::createdAt).reversed().thenComparing(Invite::code);

    private final Map<String, Invite> invites;

    MemoryInviteStore(MemoryState state) {
        this.invites = state.invites();
    }

    @Override
    public void insert(Invite invite) {
        if (invites.putIfAbsent(invite.code(), invite) != null) {
            throw new StoreException.Conflict("invite");
        }
    }

    @Override
    public Optional<Invite> byCode(String code) {
        return Optional.ofNullable(invites.get(code));
    }

    @Override
    public List<Invite> ofCommunity(long communityId) {
        return invites.values().stream()
                .filter(i -> i.communityId() == communityId)
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public void incrementUses(String code) {
        Invite i = invites.get(code);
        if (i == null) {
            throw new StoreException.NotFound("invite " + code);
        }
        invites.put(code, new Invite(i.code(), i.communityId(), i.inviterId(), i.createdAt(), i.expiresAt(),
                i.maxUses(), i.uses() + 1));
    }

    @Override
    public void delete(String code) {
        if (invites.remove(code) == null) {
            throw new StoreException.NotFound("invite " + code);
        }
    }
}
