package dev.parley.http.matrix;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.http.support.Account;
import dev.parley.http.support.Api;
import dev.parley.http.support.Steps;
import java.util.List;
import java.util.Map;

/**
 * The world the matrix runs in, built through the API: the owner's community A, joined by invite
 * by a member and a moderator (who holds a role at position 2 with MANAGE_CHANNELS, MANAGE_ROLES,
 * KICK_MEMBERS, MANAGE_NICKNAMES, MANAGE_COMMUNITY and CREATE_INVITE); community B, owned by a
 * stranger nobody else belongs to; and a user in neither. Cells that would change the world act
 * on fresh resources made here.
 */
final class MatrixWorld {
    static final String MISSING_ID = "999999999999999";
    static final String MOD_BITS = Long.toString(PermissionSet.of(Permission.MANAGE_CHANNELS, Permission.MANAGE_ROLES,
            Permission.KICK_MEMBERS, Permission.MANAGE_NICKNAMES, Permission.MANAGE_COMMUNITY,
            Permission.CREATE_INVITE).bits());

    /** A community made for one cell, where the actors stand as they do in A. */
    record Community(String id, String name, String memberId) {
    }

    final Api api;
    final Steps steps;
    final Account owner;
    final Account member;
    final Account moderator;
    final Account nonMember;
    final Account bOwner;
    final String a;
    final String modRole;
    final String b;
    final String bName = "Community B";
    final String bChannel;
    final String bRole;

    MatrixWorld(Api api) {
        this.api = api;
        this.steps = new Steps(api);
        owner = api.newAccount("owner");
        member = api.newAccount("member");
        moderator = api.newAccount("moderator");
        nonMember = api.newAccount("nonmember");
        bOwner = api.newAccount("bowner");
        a = steps.community(owner, "Community A");
        steps.join(owner, a, member);
        steps.join(owner, a, moderator);
        modRole = steps.role(owner, a, Map.of("name", "mod", "position", 2, "permissions", MOD_BITS));
        steps.grant(owner, a, moderator.id(), modRole);
        b = steps.community(bOwner, bName);
        bChannel = steps.channel(bOwner, b, Map.of("name", "b-chat"));
        bRole = steps.role(bOwner, b, Map.of("name", "b-role"));
    }

    Account account(Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> null;
            case NON_MEMBER -> nonMember;
            case MEMBER -> member;
            case MODERATOR -> moderator;
            case OWNER -> owner;
        };
    }

    /** A fresh user standing where {@code actor} stands (the owner and anonymous are themselves). */
    Account disposable(Actor actor) {
        return switch (actor) {
            case ANONYMOUS, OWNER -> account(actor);
            case NON_MEMBER -> api.newAccount("nonmember");
            case MEMBER -> freshMember();
            case MODERATOR -> {
                Account clone = freshMember();
                steps.grant(owner, a, clone.id(), modRole);
                yield clone;
            }
        };
    }

    Account freshMember() {
        Account fresh = api.newAccount("member");
        steps.join(owner, a, fresh);
        return fresh;
    }

    String freshChannel() {
        return steps.channel(owner, a, Map.of("name", "cell"));
    }

    /** A role of A at position 1: below the moderator. */
    String freshRole() {
        return steps.role(owner, a, Map.of("name", "cell-role", "position", 1));
    }

    String freshInvite(boolean inA) {
        return inA ? steps.invite(owner, a) : steps.invite(bOwner, b);
    }

    Community freshCommunity() {
        String name = Api.uniqueName("Fresh");
        String id = steps.community(owner, name);
        steps.join(owner, id, member);
        steps.join(owner, id, moderator);
        String mod = steps.role(owner, id, Map.of("name", "mod", "position", 2, "permissions", MOD_BITS));
        steps.grant(owner, id, moderator.id(), mod);
        return new Community(id, name, member.id());
    }

    /** The matrix must leave the world as it found it. */
    void assertIntact() {
        for (Account account : List.of(owner, member, moderator, nonMember, bOwner)) {
            expect(api.get("/api/v1/users/@me", account.token()), 200);
        }
        var a = expect(api.get("/api/v1/communities/" + this.a, owner.token()), 200);
        assertThat(a.str("owner_id")).isEqualTo(owner.id());
        assertThat(expect(api.get("/api/v1/communities/" + this.a + "/members/" + moderator.id(), owner.token()), 200)
                .json().path("role_ids").toString()).contains(modRole);
        expect(api.get("/api/v1/communities/" + this.a + "/members/" + member.id(), owner.token()), 200);
        var bMembers = expect(api.get("/api/v1/communities/" + b + "/members", bOwner.token()), 200).json();
        assertThat(bMembers.path("members").findValuesAsString("id")).containsExactly(bOwner.id());
        assertThat(api.get("/api/v1/communities/" + this.a, nonMember.token()).status()).isEqualTo(404);
    }
}
