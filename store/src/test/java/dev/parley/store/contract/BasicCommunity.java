package dev.parley.store.contract;

import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.role.Role;
import dev.parley.domain.user.User;
import java.util.List;

/**
 * A small world: {@code owner} and {@code member} belong to {@code community}, {@code stranger}
 * does not. {@link #rows()} lists every record in an order that respects references.
 */
public record BasicCommunity(
        User owner,
        User member,
        User stranger,
        Community community,
        Role everyone,
        Member ownerMembership,
        Member memberMembership) {

    public List<Object> rows() {
        return List.of(owner, member, stranger, community, everyone, ownerMembership, memberMembership);
    }

    public long id() {
        return community.id();
    }
}
