package dev.parley.http;

import static dev.parley.http.route.Out.created;
import static dev.parley.http.route.Out.listOf;
import static dev.parley.http.route.Out.ok;
import static dev.parley.http.route.QueryParam.cursor;
import static dev.parley.http.route.QueryParam.limit;
import static dev.parley.http.route.QueryParam.positive;
import static dev.parley.http.route.Verbs.delete;
import static dev.parley.http.route.Verbs.get;
import static dev.parley.http.route.Verbs.patch;
import static dev.parley.http.route.Verbs.post;
import static dev.parley.http.route.Verbs.put;

import dev.parley.core.UseCases;
import dev.parley.core.community.Members;
import dev.parley.core.message.MessageRules;
import dev.parley.core.message.Reactions;
import dev.parley.http.auth.AuthEndpoints;
import dev.parley.http.channel.ChannelEndpoints;
import dev.parley.http.community.CommunityEndpoints;
import dev.parley.http.conversation.ConversationEndpoints;
import dev.parley.http.health.HealthEndpoints;
import dev.parley.protocol.gateway.GatewayInfo;
import dev.parley.http.health.Status;
import dev.parley.http.invite.InviteEndpoints;
import dev.parley.http.member.MemberEndpoints;
import dev.parley.http.message.BulkDeleteResponse;
import dev.parley.http.message.MessageEndpoints;
import dev.parley.http.message.ReactionEndpoints;
import dev.parley.http.readstate.ReadStateEndpoints;
import dev.parley.http.role.RoleEndpoints;
import dev.parley.http.route.Route;
import dev.parley.http.user.SettingsEndpoints;
import dev.parley.http.user.UserEndpoints;
import dev.parley.protocol.auth.ChangePasswordRequest;
import dev.parley.protocol.auth.DeleteAccountRequest;
import dev.parley.protocol.auth.LoginRequest;
import dev.parley.protocol.auth.RefreshRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.auth.SessionView;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.DeleteCommunityRequest;
import dev.parley.protocol.community.InvitePreview;
import dev.parley.protocol.community.InviteView;
import dev.parley.protocol.community.MemberPage;
import dev.parley.protocol.community.MemberView;
import dev.parley.protocol.community.PermissionsView;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.ReorderChannelsRequest;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.community.TransferOwnershipRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.community.UpdateCommunityRequest;
import dev.parley.protocol.community.UpdateMemberRequest;
import dev.parley.protocol.community.UpdateRoleRequest;
import dev.parley.protocol.conversation.AddParticipantRequest;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.conversation.UpdateGroupRequest;
import dev.parley.protocol.message.AckRequest;
import dev.parley.protocol.message.BulkDeleteRequest;
import dev.parley.protocol.message.EditMessageRequest;
import dev.parley.protocol.message.MessagePage;
import dev.parley.protocol.message.MessageVersionView;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.protocol.message.ReceiptView;
import dev.parley.protocol.message.SendMessageRequest;
import dev.parley.protocol.user.SettingsView;
import dev.parley.protocol.user.UpdateProfileRequest;
import dev.parley.protocol.user.UpdateSettingsRequest;
import dev.parley.protocol.user.UserPublic;
import dev.parley.protocol.user.UserSelf;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The route table: every route of the REST API, in matching order (a literal segment such as
 * {@code @me} comes before the parameter it would otherwise match), in four sections: accounts
 * and users, communities, messages (of community channels, DMs and groups alike), and
 * conversations. The router, the OpenAPI document and the tests all read this list; a route
 * exists if and only if it is here. Rows need a bearer token unless marked {@code open()}.
 */
public final class Routes {
    public static final String V1 = "/api/v1";

    private Routes() {
    }

    public static List<Route> table(UseCases u, Supplier<JsonNode> openApi, String gatewayUrl) {
        return unique(Stream.of(accounts(u, openApi, gatewayUrl), communities(u), messages(u), conversations(u))
                .flatMap(List::stream).toList());
    }

    private static List<Route> accounts(UseCases u, Supplier<JsonNode> openApi, String gatewayUrl) {
        var auth = new AuthEndpoints(u.accounts());
        var users = new UserEndpoints(u.accounts(), u.profiles());
        var settings = new SettingsEndpoints(u.privacy());
        var readStates = new ReadStateEndpoints(u.readStates());
        var health = new HealthEndpoints(u.databaseReachable(), openApi, gatewayUrl);
        return List.of(
                get("/health", ok(Status.class), health::health).open(),
                get("/ready", ok(Status.class), health::ready).open(),
                get(V1 + "/openapi.json", ok(JsonNode.class), health::openApi).open(),
                get(V1 + "/gateway", ok(GatewayInfo.class), health::gateway).open(),

                post(V1 + "/auth/register", RegisterRequest.class, created(UserSelf.class), auth::register).open(),
                post(V1 + "/auth/login", LoginRequest.class, ok(TokenResponse.class), auth::login).open(),
                post(V1 + "/auth/refresh", RefreshRequest.class, ok(TokenResponse.class), auth::refresh).open(),
                post(V1 + "/auth/logout", auth::logout),
                get(V1 + "/auth/sessions", listOf(SessionView.class), auth::sessions),
                delete(V1 + "/auth/sessions/{sid}", auth::revokeSession),
                post(V1 + "/auth/sessions/revoke-others", auth::revokeOthers),
                post(V1 + "/auth/password", ChangePasswordRequest.class, auth::changePassword),

                get(V1 + "/users/@me", ok(UserSelf.class), users::me),
                patch(V1 + "/users/@me", UpdateProfileRequest.class, ok(UserSelf.class), users::update),
                delete(V1 + "/users/@me", DeleteAccountRequest.class, users::delete),
                get(V1 + "/users/@me/settings", ok(SettingsView.class), settings::get),
                patch(V1 + "/users/@me/settings", UpdateSettingsRequest.class, ok(SettingsView.class), settings::update),
                get(V1 + "/users/@me/read-states", listOf(ReadStateView.class), readStates::mine),
                get(V1 + "/users/by-username/{username}", ok(UserPublic.class), users::byUsername),
                get(V1 + "/users/{uid}", ok(UserPublic.class), users::byId));
    }

    private static List<Route> communities(UseCases u) {
        var communities = new CommunityEndpoints(u.communities());
        var channels = new ChannelEndpoints(u.channels());
        var roles = new RoleEndpoints(u.roles());
        var members = new MemberEndpoints(u.members());
        var invites = new InviteEndpoints(u.invites());
        return List.of(
                get(V1 + "/communities", listOf(CommunityView.class), communities::mine),
                post(V1 + "/communities", CreateCommunityRequest.class, created(CommunityView.class), communities::create),
                get(V1 + "/communities/{cid}", ok(CommunityView.class), communities::get),
                patch(V1 + "/communities/{cid}", UpdateCommunityRequest.class, ok(CommunityView.class), communities::update),
                delete(V1 + "/communities/{cid}", DeleteCommunityRequest.class, communities::delete),
                post(V1 + "/communities/{cid}/transfer", TransferOwnershipRequest.class, ok(CommunityView.class),
                        communities::transfer),

                get(V1 + "/communities/{cid}/channels", listOf(ChannelView.class), channels::list),
                post(V1 + "/communities/{cid}/channels", CreateChannelRequest.class, created(ChannelView.class), channels::create),
                put(V1 + "/communities/{cid}/channel-positions", ReorderChannelsRequest.class, listOf(ChannelView.class),
                        channels::reorder),
                get(V1 + "/channels/{chid}", ok(ChannelView.class), channels::get),
                patch(V1 + "/channels/{chid}", UpdateChannelRequest.class, ok(ChannelView.class), channels::update),
                delete(V1 + "/channels/{chid}", channels::delete),
                put(V1 + "/channels/{chid}/overwrites/{targetId}", PutOverwriteRequest.class, ok(ChannelView.class),
                        channels::putOverwrite),
                delete(V1 + "/channels/{chid}/overwrites/{targetId}", ok(ChannelView.class), channels::deleteOverwrite),
                get(V1 + "/channels/{chid}/permissions/{uid}", ok(PermissionsView.class), channels::permissions),

                get(V1 + "/communities/{cid}/roles", listOf(RoleView.class), roles::list),
                post(V1 + "/communities/{cid}/roles", CreateRoleRequest.class, created(RoleView.class), roles::create),
                patch(V1 + "/communities/{cid}/roles/{rid}", UpdateRoleRequest.class, ok(RoleView.class), roles::update),
                delete(V1 + "/communities/{cid}/roles/{rid}", roles::delete),

                get(V1 + "/communities/{cid}/members", ok(MemberPage.class), members::list)
                        .withQuery(cursor("after"), limit(Members.PAGE_MAX)),
                get(V1 + "/communities/{cid}/members/{uid}", ok(MemberView.class), members::get),
                patch(V1 + "/communities/{cid}/members/{uid}", UpdateMemberRequest.class, ok(MemberView.class), members::update),
                delete(V1 + "/communities/{cid}/members/{uid}", members::remove),
                put(V1 + "/communities/{cid}/members/{uid}/roles/{rid}", ok(MemberView.class), members::addRole),
                delete(V1 + "/communities/{cid}/members/{uid}/roles/{rid}", ok(MemberView.class), members::removeRole),

                post(V1 + "/communities/{cid}/invites", CreateInviteRequest.class, created(InviteView.class), invites::create)
                        .allowEmptyBody(),
                get(V1 + "/communities/{cid}/invites", listOf(InviteView.class), invites::list),
                get(V1 + "/invites/{code}", ok(InvitePreview.class), invites::preview).open(),
                post(V1 + "/invites/{code}/accept", ok(CommunityView.class), invites::accept),
                delete(V1 + "/invites/{code}", invites::revoke));
    }

    /** Messages of community channels, DMs and groups alike ({@code {chid}}), reactions, pins, read state. */
    private static List<Route> messages(UseCases u) {
        var messages = new MessageEndpoints(u.messages(), u.history(), u.pins());
        var reactions = new ReactionEndpoints(u.reactions());
        var readStates = new ReadStateEndpoints(u.readStates());
        return List.of(
                post(V1 + "/channels/{chid}/messages", SendMessageRequest.class, created(MessageView.class), messages::send),
                get(V1 + "/channels/{chid}/messages", ok(MessagePage.class), messages::history)
                        .withQuery(positive("before"), positive("after"), positive("around"), positive("from_seq"),
                                positive("to_seq"), limit(MessageRules.PAGE_MAX)),
                post(V1 + "/channels/{chid}/messages/bulk-delete", BulkDeleteRequest.class, ok(BulkDeleteResponse.class),
                        messages::bulkDelete),
                get(V1 + "/channels/{chid}/pins", listOf(MessageView.class), messages::pins),
                post(V1 + "/channels/{chid}/ack", AckRequest.class, ok(ReadStateView.class), readStates::ack),
                post(V1 + "/channels/{chid}/delivered", AckRequest.class, ok(ReadStateView.class), readStates::delivered),
                get(V1 + "/channels/{chid}/read-state", ok(ReadStateView.class), readStates::get),

                get(V1 + "/messages/{mid}", ok(MessageView.class), messages::get),
                patch(V1 + "/messages/{mid}", EditMessageRequest.class, ok(MessageView.class), messages::edit),
                delete(V1 + "/messages/{mid}", messages::delete),
                get(V1 + "/messages/{mid}/versions", listOf(MessageVersionView.class), messages::versions),
                put(V1 + "/messages/{mid}/pin", ok(MessageView.class), messages::pin),
                delete(V1 + "/messages/{mid}/pin", ok(MessageView.class), messages::unpin),
                get(V1 + "/messages/{mid}/receipts", ok(ReceiptView.class), readStates::receipts),
                // the literal @me before the {uid} it would otherwise match
                put(V1 + "/messages/{mid}/reactions/{emoji}/@me", reactions::add),
                delete(V1 + "/messages/{mid}/reactions/{emoji}/@me", reactions::removeOwn),
                delete(V1 + "/messages/{mid}/reactions/{emoji}/{uid}", reactions::removeUser),
                get(V1 + "/messages/{mid}/reactions/{emoji}", listOf(UserPublic.class), reactions::users)
                        .withQuery(cursor("after"), limit(Reactions.USERS_PAGE_MAX)),
                delete(V1 + "/messages/{mid}/reactions/{emoji}", reactions::clearEmoji),
                delete(V1 + "/messages/{mid}/reactions", reactions::clearAll));
    }

    /** DMs and groups; their messages are under {@code /channels/{cid}} above. */
    private static List<Route> conversations(UseCases u) {
        var conversations = new ConversationEndpoints(u.conversations());
        return List.of(
                post(V1 + "/conversations/dm", OpenDmRequest.class, created(ConversationView.class), conversations::openDm),
                post(V1 + "/conversations/groups", CreateGroupRequest.class, created(ConversationView.class),
                        conversations::createGroup),
                get(V1 + "/conversations", listOf(ConversationView.class), conversations::mine),
                get(V1 + "/conversations/{cid}", ok(ConversationView.class), conversations::get),
                patch(V1 + "/conversations/{cid}", UpdateGroupRequest.class, ok(ConversationView.class), conversations::rename),
                post(V1 + "/conversations/{cid}/participants", AddParticipantRequest.class, ok(ConversationView.class),
                        conversations::addParticipant),
                delete(V1 + "/conversations/{cid}/participants/{uid}", conversations::removeParticipant));
    }

    private static List<Route> unique(List<Route> routes) {
        Set<String> keys = new HashSet<>();
        for (Route route : routes) {
            if (!keys.add(route.key())) {
                throw new IllegalStateException("route listed twice: " + route.key());
            }
        }
        return routes;
    }
}
