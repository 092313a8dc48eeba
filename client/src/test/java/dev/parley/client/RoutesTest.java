package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.auth.ChangePasswordRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.ReorderChannelsRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.community.UpdateCommunityRequest;
import dev.parley.protocol.community.UpdateMemberRequest;
import dev.parley.protocol.community.UpdateRoleRequest;
import dev.parley.protocol.conversation.AddParticipantRequest;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.conversation.UpdateGroupRequest;
import dev.parley.protocol.message.AckRequest;
import dev.parley.protocol.message.BulkDeleteRequest;
import dev.parley.protocol.message.EditMessageRequest;
import dev.parley.protocol.message.SendMessageRequest;
import dev.parley.protocol.user.UpdateProfileRequest;
import dev.parley.protocol.user.UpdateSettingsRequest;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every SDK method against the request it must send: method, path, body, and whether it carries the token. */
class RoutesTest {
    private static final String NO_BODY = null;
    private static final String EMPTY = "";
    private static final String THUMBS_UP = "\uD83D\uDC4D";
    private static final String THUMBS_UP_ENCODED = "%F0%9F%91%8D";

    record Route(String request, String sentJson, boolean authenticated, String reply, Consumer<ParleyClient> call) {
        @Override
        public String toString() {
            return request;
        }
    }

    private static Route route(String request, String sentJson, String reply, Consumer<ParleyClient> call) {
        return new Route(request, sentJson, true, reply, call);
    }

    private static Route open(String request, String sentJson, String reply, Consumer<ParleyClient> call) {
        return new Route(request, sentJson, false, reply, call);
    }

    static Stream<Route> routes() {
        return Stream.of(
                open("POST /api/v1/auth/register", """
                        {"username":"alice","display_name":"Alice","password":"correct horse"}""", "{}",
                        c -> c.auth().register(new RegisterRequest("alice", "Alice", null, "correct horse"))),
                open("POST /api/v1/auth/login", """
                        {"login":"alice","password":"pw","device_name":"laptop"}""", "{}",
                        c -> c.auth().login(new dev.parley.protocol.auth.LoginRequest("alice", "pw", "laptop"))),
                open("POST /api/v1/auth/refresh", """
                        {"refresh_token":"r1"}""", "{}", c -> c.auth().refresh("r1")),
                route("POST /api/v1/auth/logout", NO_BODY, EMPTY, c -> c.auth().logout()),
                route("GET /api/v1/auth/sessions", NO_BODY, "[]", c -> c.auth().sessions()),
                route("DELETE /api/v1/auth/sessions/7", NO_BODY, EMPTY, c -> c.auth().revokeSession(7)),
                route("POST /api/v1/auth/sessions/revoke-others", NO_BODY, EMPTY, c -> c.auth().revokeOtherSessions()),
                route("POST /api/v1/auth/password", """
                        {"current_password":"old","new_password":"new"}""", EMPTY,
                        c -> c.auth().changePassword(new ChangePasswordRequest("old", "new"))),

                route("GET /api/v1/users/@me", NO_BODY, "{}", c -> c.users().me()),
                route("PATCH /api/v1/users/@me", """
                        {"bio":"hi","clear":["pronouns"]}""", "{}",
                        c -> c.users().updateMe(new UpdateProfileRequest(null, "hi", null, null, null, null, List.of("pronouns")))),
                route("DELETE /api/v1/users/@me", """
                        {"password":"pw"}""", EMPTY, c -> c.users().deleteMe("pw")),
                route("GET /api/v1/users/@me/settings", NO_BODY, "{}", c -> c.users().settings()),
                route("PATCH /api/v1/users/@me/settings", """
                        {"read_receipts":false}""", "{}",
                        c -> c.users().updateSettings(new UpdateSettingsRequest(null, false))),
                route("GET /api/v1/users/5", NO_BODY, "{}", c -> c.users().get(5)),
                route("GET /api/v1/users/by-username/alice", NO_BODY, "{}", c -> c.users().byUsername("alice")),

                route("GET /api/v1/communities", NO_BODY, "[]", c -> c.communities().list()),
                route("POST /api/v1/communities", """
                        {"name":"Rust"}""", "{}", c -> c.communities().create(new CreateCommunityRequest("Rust", null))),
                route("GET /api/v1/communities/1", NO_BODY, "{}", c -> c.communities().get(1)),
                route("PATCH /api/v1/communities/1", """
                        {"clear":["description"]}""", "{}",
                        c -> c.communities().update(1, new UpdateCommunityRequest(null, null, List.of("description")))),
                route("DELETE /api/v1/communities/1", """
                        {"confirm_name":"Rust"}""", EMPTY, c -> c.communities().delete(1, "Rust")),
                route("POST /api/v1/communities/1/transfer", """
                        {"new_owner_id":"2"}""", "{}", c -> c.communities().transfer(1, 2)),

                route("GET /api/v1/communities/1/channels", NO_BODY, "[]", c -> c.channels().list(1)),
                route("POST /api/v1/communities/1/channels", """
                        {"name":"general"}""", "{}",
                        c -> c.channels().create(1, new CreateChannelRequest(null, "general", null, null, null, null, null))),
                route("PUT /api/v1/communities/1/channel-positions", """
                        {"channels":[{"id":"3","position":0}]}""", "[]",
                        c -> c.channels().reorder(1, new ReorderChannelsRequest(List.of(new ReorderChannelsRequest.Entry(3L, 0))))),
                route("GET /api/v1/channels/3", NO_BODY, "{}", c -> c.channels().get(3)),
                route("PATCH /api/v1/channels/3", """
                        {"topic":"t","nsfw":true}""", "{}",
                        c -> c.channels().update(3, new UpdateChannelRequest(null, "t", null, null, null, true, null, null))),
                route("DELETE /api/v1/channels/3", NO_BODY, EMPTY, c -> c.channels().delete(3)),
                route("PUT /api/v1/channels/3/overwrites/4", """
                        {"type":"role","allow":"1024","deny":"0"}""", "{}",
                        c -> c.channels().putOverwrite(3, 4, new PutOverwriteRequest("role", 1024L, 0L))),
                route("DELETE /api/v1/channels/3/overwrites/4", NO_BODY, "{}", c -> c.channels().deleteOverwrite(3, 4)),
                route("GET /api/v1/channels/3/permissions/5", NO_BODY, "{}", c -> c.channels().permissions(3, 5)),
                route("GET /api/v1/channels/3/permissions/@me", NO_BODY, "{}", c -> c.channels().myPermissions(3)),

                route("GET /api/v1/communities/1/roles", NO_BODY, "[]", c -> c.roles().list(1)),
                route("POST /api/v1/communities/1/roles", """
                        {"name":"mod","permissions":"8"}""", "{}",
                        c -> c.roles().create(1, new CreateRoleRequest("mod", null, null, 8L))),
                route("PATCH /api/v1/communities/1/roles/6", """
                        {"color":255}""", "{}", c -> c.roles().update(1, 6, new UpdateRoleRequest(null, 255, null, null))),
                route("DELETE /api/v1/communities/1/roles/6", NO_BODY, EMPTY, c -> c.roles().delete(1, 6)),

                route("GET /api/v1/communities/1/members", NO_BODY, "{}", c -> c.members().list(1)),
                route("GET /api/v1/communities/1/members?after=9&limit=50", NO_BODY, "{}", c -> c.members().page(1, 9L, 50)),
                route("GET /api/v1/communities/1/members/5", NO_BODY, "{}", c -> c.members().get(1, 5)),
                route("GET /api/v1/communities/1/members/@me", NO_BODY, "{}", c -> c.members().me(1)),
                route("PATCH /api/v1/communities/1/members/5", """
                        {"nickname":"al"}""", "{}", c -> c.members().update(1, 5, new UpdateMemberRequest("al", null))),
                route("PATCH /api/v1/communities/1/members/@me", """
                        {"clear":["nickname"]}""", "{}",
                        c -> c.members().updateMe(1, new UpdateMemberRequest(null, List.of("nickname")))),
                route("DELETE /api/v1/communities/1/members/5", NO_BODY, EMPTY, c -> c.members().kick(1, 5)),
                route("DELETE /api/v1/communities/1/members/@me", NO_BODY, EMPTY, c -> c.members().leave(1)),
                route("PUT /api/v1/communities/1/members/5/roles/6", NO_BODY, "{}", c -> c.members().addRole(1, 5, 6)),
                route("DELETE /api/v1/communities/1/members/5/roles/6", NO_BODY, "{}", c -> c.members().removeRole(1, 5, 6)),

                route("POST /api/v1/communities/1/invites", """
                        {"max_age_seconds":3600,"max_uses":5}""", "{}",
                        c -> c.invites().create(1, new CreateInviteRequest(3600, 5))),
                route("GET /api/v1/communities/1/invites", NO_BODY, "[]", c -> c.invites().list(1)),
                open("GET /api/v1/invites/abc", NO_BODY, "{}", c -> c.invites().preview("abc")),
                route("POST /api/v1/invites/abc/accept", NO_BODY, "{}", c -> c.invites().accept("abc")),
                route("DELETE /api/v1/invites/abc", NO_BODY, EMPTY, c -> c.invites().delete("abc")),

                route("POST /api/v1/channels/3/messages", """
                        {"content":"hi","client_msg_id":"m-1","reply_to_id":"8"}""", "{}",
                        c -> c.messages().send(3, new SendMessageRequest("hi", "m-1", 8L))),
                route("GET /api/v1/channels/3/messages", NO_BODY, "{}", c -> c.messages().history(3)),
                route("GET /api/v1/channels/3/messages?before=8&limit=20", NO_BODY, "{}",
                        c -> c.messages().history(3, HistoryQuery.before(8, 20))),
                route("POST /api/v1/channels/3/messages/bulk-delete", """
                        {"message_ids":["8","9"]}""", """
                        {"deleted":["8"]}""", c -> c.messages().bulkDelete(3, new BulkDeleteRequest(List.of("8", "9")))),
                route("POST /api/v1/channels/3/messages/bulk-delete", """
                        {"message_ids":["8","9"]}""", """
                        {"deleted":[]}""", c -> c.messages().bulkDelete(3, List.of(8L, 9L))),
                route("GET /api/v1/messages/8", NO_BODY, "{}", c -> c.messages().get(8)),
                route("PATCH /api/v1/messages/8", """
                        {"content":"edited"}""", "{}", c -> c.messages().edit(8, new EditMessageRequest("edited"))),
                route("PATCH /api/v1/messages/8", """
                        {"content":"edited"}""", "{}", c -> c.messages().edit(8, "edited")),
                route("DELETE /api/v1/messages/8", NO_BODY, EMPTY, c -> c.messages().delete(8)),
                route("GET /api/v1/messages/8/versions", NO_BODY, "[]", c -> c.messages().versions(8)),

                route("PUT /api/v1/messages/8/reactions/" + THUMBS_UP_ENCODED + "/@me", NO_BODY, EMPTY,
                        c -> c.reactions().add(8, THUMBS_UP)),
                route("DELETE /api/v1/messages/8/reactions/" + THUMBS_UP_ENCODED + "/@me", NO_BODY, EMPTY,
                        c -> c.reactions().remove(8, THUMBS_UP)),
                route("DELETE /api/v1/messages/8/reactions/" + THUMBS_UP_ENCODED + "/5", NO_BODY, EMPTY,
                        c -> c.reactions().remove(8, THUMBS_UP, 5)),
                route("GET /api/v1/messages/8/reactions/" + THUMBS_UP_ENCODED, NO_BODY, "[]",
                        c -> c.reactions().users(8, THUMBS_UP)),
                route("GET /api/v1/messages/8/reactions/" + THUMBS_UP_ENCODED + "?after=5&limit=10", NO_BODY, "[]",
                        c -> c.reactions().users(8, THUMBS_UP, 5L, 10)),
                route("DELETE /api/v1/messages/8/reactions", NO_BODY, EMPTY, c -> c.reactions().clearAll(8)),
                route("DELETE /api/v1/messages/8/reactions/" + THUMBS_UP_ENCODED, NO_BODY, EMPTY,
                        c -> c.reactions().clear(8, THUMBS_UP)),

                route("PUT /api/v1/messages/8/pin", NO_BODY, "{}", c -> c.pins().pin(8)),
                route("DELETE /api/v1/messages/8/pin", NO_BODY, "{}", c -> c.pins().unpin(8)),
                route("GET /api/v1/channels/3/pins", NO_BODY, "[]", c -> c.pins().list(3)),

                route("POST /api/v1/channels/3/ack", """
                        {"message_id":"8"}""", "{}", c -> c.readStates().ack(3, 8)),
                route("POST /api/v1/channels/3/ack", """
                        {"message_id":"8"}""", "{}", c -> c.readStates().ack(3, new AckRequest(8L))),
                route("POST /api/v1/channels/3/delivered", """
                        {"message_id":"8"}""", "{}", c -> c.readStates().delivered(3, 8)),
                route("POST /api/v1/channels/3/delivered", """
                        {"message_id":"8"}""", "{}", c -> c.readStates().delivered(3, new AckRequest(8L))),
                route("GET /api/v1/channels/3/read-state", NO_BODY, "{}", c -> c.readStates().get(3)),
                route("GET /api/v1/users/@me/read-states", NO_BODY, "[]", c -> c.readStates().all()),
                route("GET /api/v1/messages/8/receipts", NO_BODY, "{}", c -> c.readStates().receipts(8)),

                route("POST /api/v1/conversations/dm", """
                        {"user_id":"5"}""", "{}", c -> c.conversations().openDm(5)),
                route("POST /api/v1/conversations/dm", """
                        {"user_id":"5"}""", "{}", c -> c.conversations().openDm(new OpenDmRequest(5L))),
                route("POST /api/v1/conversations/groups", """
                        {"name":"pals","user_ids":["5","6"]}""", "{}",
                        c -> c.conversations().createGroup(new CreateGroupRequest("pals", List.of("5", "6")))),
                route("POST /api/v1/conversations/groups", """
                        {"user_ids":["5","6"]}""", "{}", c -> c.conversations().createGroup(null, List.of(5L, 6L))),
                route("GET /api/v1/conversations", NO_BODY, "[]", c -> c.conversations().list()),
                route("GET /api/v1/conversations/11", NO_BODY, "{}", c -> c.conversations().get(11)),
                route("PATCH /api/v1/conversations/11", """
                        {"clear":["name"]}""", "{}",
                        c -> c.conversations().update(11, new UpdateGroupRequest(null, List.of("name")))),
                route("POST /api/v1/conversations/11/participants", """
                        {"user_id":"5"}""", "{}", c -> c.conversations().addParticipant(11, 5)),
                route("POST /api/v1/conversations/11/participants", """
                        {"user_id":"5"}""", "{}",
                        c -> c.conversations().addParticipant(11, new AddParticipantRequest(5L))),
                route("DELETE /api/v1/conversations/11/participants/5", NO_BODY, EMPTY,
                        c -> c.conversations().removeParticipant(11, 5)),
                route("DELETE /api/v1/conversations/11/participants/@me", NO_BODY, EMPTY,
                        c -> c.conversations().leave(11)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void sends_the_documented_request(Route route) {
        try (FakeServer server = FakeServer.start()) {
            if (!route.reply().isEmpty()) {
                server.replyJson(route.reply());
            }
            route.call().accept(server.client().withToken("tok"));

            FakeServer.Seen seen = server.last();
            assertThat(seen.method() + " " + seen.target()).isEqualTo(route.request());
            assertThat(seen.header("Authorization")).isEqualTo(route.authenticated() ? "Bearer tok" : null);
            if (route.sentJson() == null) {
                assertThat(seen.body()).isEmpty();
                assertThat(seen.header("Content-Type")).isNull();
            } else {
                Json.assertSameJson(seen.body(), route.sentJson());
                assertThat(seen.header("Content-Type")).isEqualTo("application/json");
            }
        }
    }
}
