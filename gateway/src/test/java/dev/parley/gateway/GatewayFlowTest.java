package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.Caller;
import dev.parley.protocol.auth.ChangePasswordRequest;
import dev.parley.protocol.auth.DeleteAccountRequest;
import dev.parley.protocol.auth.LoginRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.user.UpdateProfileRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The gateway end to end over real WebSockets, on a real SQLite file: READY, live dispatches to
 * exactly the users who may see them, sends with acks, resume without loss, resync, kicks and
 * logouts taking effect on open connections.
 */
class GatewayFlowTest {
    @TempDir
    Path dir;
    GatewayHarness node;
    Lab lab;
    GatewayHarness.User owner;
    GatewayHarness.User member;
    GatewayHarness.User stranger;
    CommunityView community;
    ChannelView general;

    @BeforeEach
    void start() {
        node = new GatewayHarness(dir, GatewayHarness.config());
        lab = new Lab(node);
        owner = lab.owner;
        member = lab.member;
        stranger = lab.stranger;
        community = lab.community;
        general = lab.general;
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private void post(GatewayHarness.User author, String content) {
        lab.post(author, content);
    }

    /** Something only {@code user} receives: they create a community. Returns its name. */
    private String marker(GatewayHarness.User user) {
        String name = "marker-" + UUID.randomUUID().toString().substring(0, 8);
        node.useCases.communities().create(user.caller(), new CreateCommunityRequest(name, null));
        return name;
    }

    private static boolean isMarker(JsonNode frame, String name) {
        return frame.path("t").asString().equals("community_created")
                && frame.path("d").path("community").path("name").asString().equals(name);
    }

    @Test
    void readyCarriesTheSnapshotAndDispatchesReachExactlyTheChannelsViewers() {
        try (WsClient m = node.connect(); WsClient s = node.connect()) {
            JsonNode ready = m.ready(member.token());
            assertThat(ready.path("session_id").asString()).startsWith("gw_");
            assertThat(ready.path("user").path("id").asString()).isEqualTo(Long.toString(member.id()));
            assertThat(ready.path("communities")).extracting(c -> c.path("community").path("id").asString())
                    .containsExactly(Long.toString(community.id()));
            s.ready(stranger.token());

            post(owner, "hello <@" + member.id() + ">");

            JsonNode dispatch = m.dispatchesUntil(f -> f.path("t").asString().equals("message_created")).getLast();
            assertThat(dispatch.path("s").asLong()).isEqualTo(1);
            assertThat(dispatch.path("d").path("type").asString()).isEqualTo("message_created");
            assertThat(dispatch.path("d").path("message").path("content").asString()).isEqualTo("hello <@" + member.id() + ">");

            String name = marker(stranger);
            List<JsonNode> strangers = s.dispatchesUntil(f -> isMarker(f, name));
            assertThat(strangers).extracting(f -> f.path("t").asString()).containsExactly("community_created");
            assertThat(strangers.getFirst().path("s").asLong()).isEqualTo(1);
        }
    }

    @Test
    void sendMessageOverTheGatewayIsAckedAfterCommitAndFailuresAnswerAnErrorFrame() {
        try (WsClient m = node.connect()) {
            m.ready(member.token());
            m.send("{\"op\":\"SEND_MESSAGE\",\"d\":{\"channel_id\":\"" + general.id()
                    + "\",\"content\":\"via gateway\",\"client_msg_id\":\"c-1\"}}");
            JsonNode ack = null;
            boolean dispatched = false;
            while (ack == null || !dispatched) {
                JsonNode frame = m.next();
                if (frame.path("op").asString().equals("MESSAGE_ACK")) {
                    ack = frame;
                } else if (frame.path("t").asString().equals("message_created")) {
                    dispatched = true;
                }
            }
            assertThat(ack.path("d").path("client_msg_id").asString()).isEqualTo("c-1");
            assertThat(ack.path("d").path("message").path("content").asString()).isEqualTo("via gateway");
            assertThat(node.useCases.history().page(owner.caller(), general.id(),
                    dev.parley.core.message.History.Query.latest(10)).messages())
                    .extracting(v -> v.content()).contains("via gateway");

            m.send("{\"op\":\"SEND_MESSAGE\",\"d\":{\"channel_id\":\"999999\",\"content\":\"x\",\"client_msg_id\":\"c-2\"}}");
            JsonNode error = m.expect("ERROR").get("d");
            assertThat(error.path("op").asString()).isEqualTo("SEND_MESSAGE");
            assertThat(error.path("nonce").asString()).isEqualTo("c-2");
            assertThat(error.path("code").asString()).isEqualTo("not_found");
            assertThat(error.path("status").asInt()).isEqualTo(404);

            m.send("{\"op\":\"SEND_MESSAGE\",\"d\":{\"channel_id\":\"" + general.id() + "\",\"content\":\"\",\"client_msg_id\":\"c-3\"}}");
            assertThat(m.expect("ERROR").path("d").path("code").asString()).isEqualTo("validation_failed");
        }
    }

    @Test
    void resumeReplaysExactlyTheMissedDispatchesInOrderThenResumed() {
        String sessionId;
        long lastS;
        try (WsClient first = node.connect()) {
            sessionId = first.ready(member.token()).path("session_id").asString();
            post(owner, "before");
            lastS = first.dispatchesUntil(f -> f.path("t").asString().equals("message_created")).getLast().path("s").asLong();
            first.abort();
        }
        post(owner, "missed 1");
        post(owner, "missed 2");
        post(owner, "missed 3");

        try (WsClient second = node.connect()) {
            second.expect("HELLO");
            second.send("{\"op\":\"RESUME\",\"d\":{\"token\":\"" + member.token() + "\",\"session_id\":\"" + sessionId
                    + "\",\"seq\":" + lastS + "}}");
            List<JsonNode> replayed = List.of(second.expect("DISPATCH"), second.expect("DISPATCH"), second.expect("DISPATCH"));
            assertThat(replayed).extracting(f -> f.path("d").path("message").path("content").asString())
                    .containsExactly("missed 1", "missed 2", "missed 3");
            assertThat(replayed).extracting(f -> f.path("s").asLong()).containsExactly(lastS + 1, lastS + 2, lastS + 3);
            assertThat(second.expect("RESUMED").path("d").path("replayed").asInt()).isEqualTo(3);

            post(owner, "live again");
            JsonNode live = second.dispatchesUntil(f -> f.path("t").asString().equals("message_created")).getLast();
            assertThat(live.path("s").asLong()).isEqualTo(lastS + 4);
        }
    }

    @Test
    void resumingAnUnknownSessionAnswersResyncAndTheConnectionMayIdentify() {
        try (WsClient c = node.connect()) {
            c.expect("HELLO");
            c.send("{\"op\":\"RESUME\",\"d\":{\"token\":\"" + member.token() + "\",\"session_id\":\"gw_nope\",\"seq\":3}}");
            assertThat(c.expect("RESYNC").path("d").path("reason").asString()).isEqualTo("session_unknown");
            c.identify(member.token());
            assertThat(c.expect("READY").path("d").path("session_id").asString()).startsWith("gw_");
        }
    }

    @Test
    void aKickedMemberGetsCommunityDeletedAndNothingMoreFromThatCommunity() {
        try (WsClient m = node.connect()) {
            m.ready(member.token());
            node.useCases.members().kick(owner.caller(), community.id(), member.id());
            JsonNode deleted = m.dispatchesUntil(f -> f.path("t").asString().equals("community_deleted")).getLast();
            assertThat(deleted.path("d").path("community_id").asString()).isEqualTo(Long.toString(community.id()));

            post(owner, "after the kick");
            String name = marker(member);
            assertThat(m.dispatchesUntil(f -> isMarker(f, name)))
                    .noneMatch(f -> f.path("t").asString().equals("message_created"));
        }
    }

    @Test
    void loggingOutClosesThatSessionsSocketsWithSessionRevoked() {
        try (WsClient m = node.connect(); WsClient o = node.connect()) {
            m.ready(member.token());
            o.ready(owner.token());
            node.useCases.accounts().logout(member.caller());
            assertThat(m.closeCode()).isEqualTo(4012);

            post(owner, "still here");
            assertThat(o.dispatchesUntil(f -> f.path("t").asString().equals("message_created"))).isNotEmpty();
        }
    }

    /** A change only the user (who shares nothing with anyone) receives: a new display name. */
    private String rename(Caller caller) {
        String name = "renamed-" + UUID.randomUUID().toString().substring(0, 8);
        node.useCases.profiles().update(caller, new UpdateProfileRequest(name, null, null, null, null, null, null));
        return name;
    }

    private static boolean isRenamed(JsonNode frame, String name) {
        return frame.path("t").asString().equals("user_updated")
                && frame.path("d").path("user").path("display_name").asString().equals(name);
    }

    @Test
    void endingLoginSessionsClosesExactlyTheirSocketsAndDeletingTheAccountClosesAll() {
        String name = "multi" + UUID.randomUUID().toString().substring(0, 8);
        String password = "correct horse battery staple 42";
        node.useCases.accounts().register(new RegisterRequest(name, name, null, password), "127.0.0.1");
        List<TokenResponse> logins = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            logins.add(node.useCases.accounts().login(new LoginRequest(name, password, "device " + i), "127.0.0.1"));
        }
        List<Caller> sessions = logins.stream()
                .map(t -> node.useCases.accounts().authenticate(t.accessToken(), "127.0.0.1")).toList();
        try (WsClient tab1 = node.connect(); WsClient tab2 = node.connect();
             WsClient phone = node.connect(); WsClient laptop = node.connect()) {
            tab1.ready(logins.get(0).accessToken());
            tab2.ready(logins.get(0).accessToken());
            phone.ready(logins.get(1).accessToken());
            laptop.ready(logins.get(2).accessToken());

            node.useCases.accounts().logout(sessions.get(0));
            assertThat(tab1.closeCode()).as("every socket of the ended login session").isEqualTo(4012);
            assertThat(tab2.closeCode()).as("every socket of the ended login session").isEqualTo(4012);
            String first = rename(sessions.get(1));
            assertThat(phone.dispatchesUntil(f -> isRenamed(f, first))).isNotEmpty();
            assertThat(laptop.dispatchesUntil(f -> isRenamed(f, first))).isNotEmpty();

            node.useCases.accounts().changePassword(sessions.get(1), new ChangePasswordRequest(password, password + "!"));
            assertThat(laptop.closeCode()).as("a password change ends the other sessions").isEqualTo(4012);
            String second = rename(sessions.get(1));
            assertThat(phone.dispatchesUntil(f -> isRenamed(f, second))).as("the session that changed it stays").isNotEmpty();

            node.useCases.accounts().deleteAccount(sessions.get(1), new DeleteAccountRequest(password + "!"));
            assertThat(phone.closeCode()).isEqualTo(4012);
        }
    }

    @Test
    void anIdentifyWithTheStillUnexpiredTokenOfAnEndedSessionIsRefused() {
        try (WsClient m = node.connect()) {
            m.ready(member.token());
        }
        node.useCases.accounts().logout(member.caller());
        try (WsClient again = node.connect()) {
            again.expect("HELLO");
            again.identify(member.token());
            assertThat(again.expect("ERROR").path("d").path("code").asString()).isEqualTo("token_invalid");
            assertThat(again.closeCode()).isEqualTo(4004);
        }
    }

    @Test
    void typingIsRelayedToTheChannelsOtherViewersOnly() {
        try (WsClient m = node.connect(); WsClient o = node.connect()) {
            m.ready(member.token());
            o.ready(owner.token());
            m.send("{\"op\":\"TYPING_START\",\"d\":{\"channel_id\":\"" + general.id() + "\"}}");
            JsonNode typing;
            do {
                typing = o.next();
            } while (!typing.path("op").asString().equals("TYPING_START"));
            assertThat(typing.path("d").path("user_id").asString()).isEqualTo(Long.toString(member.id()));
            assertThat(typing.path("d").path("channel_id").asString()).isEqualTo(Long.toString(general.id()));
        }
    }

    @Test
    void aUserWhoseLastSessionEndedIsSubscribedAgainOnTheNextIdentify() {
        try (WsClient first = node.connect()) {
            first.ready(member.token());
            first.closeWith(1000);
            first.closeCode();
        }
        try (WsClient again = node.connect()) {
            again.ready(member.token());
            post(owner, "after reconnecting");
            JsonNode dispatch = again.dispatchesUntil(f -> f.path("t").asString().equals("message_created")).getLast();
            assertThat(dispatch.path("d").path("message").path("content").asString()).isEqualTo("after reconnecting");
        }
    }
}
