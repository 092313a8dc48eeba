package dev.parley.http.matrix;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.http.support.Account;
import dev.parley.http.support.Api;
import dev.parley.http.support.Chat;
import dev.parley.http.support.MutableClock;
import dev.parley.http.support.Steps;
import java.util.List;
import java.util.Map;

/**
 * The world the matrix runs in, built through the API: the owner's community A, joined by invite
 * by a member and a moderator (who holds a role at position 2 with MANAGE_CHANNELS, MANAGE_ROLES,
 * KICK_MEMBERS, MANAGE_NICKNAMES, MANAGE_COMMUNITY, CREATE_INVITE and MANAGE_MESSAGES), with a
 * text channel the owner posts in; community B, owned by a stranger nobody else belongs to, with a
 * message of his; a pal in no community, whom every actor has a DM with, and who shares a group
 * with B's owner; and a user in neither community. Cells that would change the world act on
 * fresh resources made here.
 */
final class MatrixWorld {
    static final String MISSING_ID = "999999999999999";
    static final String MOD_BITS = Long.toString(PermissionSet.of(Permission.MANAGE_CHANNELS, Permission.MANAGE_ROLES,
            Permission.KICK_MEMBERS, Permission.MANAGE_NICKNAMES, Permission.MANAGE_COMMUNITY,
            Permission.CREATE_INVITE, Permission.MANAGE_MESSAGES).bits());
    /** The emoji reaction rows use, as a path segment. */
    static final String EMOJI = Chat.path("\uD83D\uDC4D");

    /** A community made for one cell, where the actors stand as they do in A. */
    record Community(String id, String name, String memberId) {
    }

    final Api api;
    final Steps steps;
    final Chat chat;
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
    /** A text channel of A the owner posts the cells' messages in. */
    final String aChat;
    /** A message of B's owner in B. */
    final String bMessage;
    /** A user in no community: the other side of each actor's DM, and in B's owner's group. */
    final Account pal;
    /** A user in no community whom cells add to groups. */
    final Account guest;
    /** A user in no community who takes DMs only from people they share a community with. */
    final Account closed;
    /** A group of B's owner and the pal: a conversation no actor is in. */
    final String bGroup;

    MatrixWorld(Api api, MutableClock clock) {
        this.api = api;
        this.steps = new Steps(api);
        this.chat = new Chat(api, clock);
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
        aChat = steps.channel(owner, a, Map.of("name", "matrix-chat"));
        bMessage = chat.postId(bOwner, bChannel, "B's own business");
        pal = api.newAccount("pal");
        guest = api.newAccount("guest");
        closed = api.newAccount("closed");
        chat.settings(closed, Map.of("dms_from_strangers", false));
        bGroup = chat.group(bOwner, "B's group", pal);
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

    /** A fresh message of the owner in A. */
    String freshMessage() {
        return chat.postId(owner, aChat, "a cell's message");
    }

    /** A fresh message of {@code author}: in A for its members, in their DM with the pal for anyone else. */
    String messageBy(Account author, Actor standing) {
        String chid = standing == Actor.NON_MEMBER ? dm(author) : aChat;
        return chat.postId(author, chid, "written by the actor");
    }

    /** A fresh message of {@code author} in their DM with the pal. */
    String dmMessageBy(Account author) {
        return chat.postId(author, dm(author), "written in a DM");
    }

    /** A fresh message of the pal in {@code user}'s DM with them. */
    String palMessageTo(Account user) {
        return chat.postId(pal, dm(user), "from the pal");
    }

    /** A fresh message of the owner in channel {@code chid}. */
    String post(String chid) {
        return chat.postId(owner, chid, "posted for a cell");
    }

    /** {@code user}'s DM with the pal (opening is idempotent: always the same one). */
    String dm(Account user) {
        return chat.dm(user, pal);
    }

    /** A fresh group of {@code owner}'s with {@code others}. */
    String groupOwnedBy(Account owner, Account... others) {
        return chat.group(owner, "cell group", others);
    }

    /** A fresh group of the pal's with {@code user} and the guest. */
    String groupJoinedBy(Account user) {
        return chat.group(pal, "pal's group", user, guest);
    }

    /** A fresh member of A who reacted to {@code mid} with {@link #EMOJI}; returns their id. */
    String reactorOn(String mid) {
        Account reactor = freshMember();
        expect(api.send("PUT", "/api/v1/messages/" + mid + "/reactions/" + EMOJI + "/@me", reactor.token(), null), 204);
        return reactor.id();
    }

    /** A fresh text channel of A where {@code @everyone} may not send messages. */
    String sendDeniedChannel() {
        String chid = freshChannel();
        expect(api.send("PUT", "/api/v1/channels/" + chid + "/overwrites/" + a, owner.token(),
                Map.of("type", "role", "deny", Long.toString(Permission.SEND_MESSAGES.mask()))), 200);
        return chid;
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
        var message = chat.message(bOwner, bMessage);
        assertThat(message.path("deleted").asBoolean()).isFalse();
        assertThat(message.path("content").asString()).isEqualTo("B's own business");
        assertThat(message.path("pinned").asBoolean()).isFalse();
        assertThat(message.path("reactions").isEmpty()).isTrue();
        assertThat(expect(api.get("/api/v1/messages/" + bMessage + "/versions", bOwner.token()), 200).json().isEmpty()).isTrue();
        assertThat(chat.ids(bOwner, bChannel)).containsExactly(bMessage);
        var group = expect(api.get("/api/v1/conversations/" + bGroup, bOwner.token()), 200).json();
        assertThat(group.path("name").asString()).isEqualTo("B's group");
        assertThat(group.path("owner_id").asString()).isEqualTo(bOwner.id());
        assertThat(Chat.ids(group.path("participants"))).containsExactlyInAnyOrder(bOwner.id(), pal.id());
        assertThat(chat.history(bOwner, bGroup, "").isEmpty()).isTrue();
        assertThat(expect(api.get("/api/v1/conversations", closed.token()), 200).json().isEmpty()).isTrue();
    }
}
