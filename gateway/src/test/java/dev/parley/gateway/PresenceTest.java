package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.Caller;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.gateway.GatewayLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Presence (gateway.md §11) over real WebSockets: who sees whom, merged statuses, invisible
 * shown as offline, and lazy presence in large communities.
 */
class PresenceTest {
    @TempDir
    Path dir;
    GatewayHarness node;
    GatewayHarness.User ada;
    GatewayHarness.User bob;
    GatewayHarness.User stranger;
    CommunityView community;

    @BeforeEach
    void start() {
        node = new GatewayHarness(dir, GatewayHarness.config());
        ada = node.user("ada");
        bob = node.user("bob");
        stranger = node.user("stranger");
        community = node.useCases.communities().create(ada.caller(), new CreateCommunityRequest("Lab", null));
        node.useCases.invites().accept(bob.caller(), invite(community));
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private String invite(CommunityView c) {
        return node.useCases.invites().create(ada.caller(), c.id(), new CreateInviteRequest(null, null)).code();
    }

    /** Something only {@code user} receives: a community of their own. Returns its name. */
    private String marker(GatewayHarness.User user) {
        String name = "marker-" + UUID.randomUUID().toString().substring(0, 8);
        node.useCases.communities().create(user.caller(), new CreateCommunityRequest(name, null));
        return name;
    }

    /** Frames up to the marker's dispatch (excluded). */
    private static List<JsonNode> until(WsClient client, String marker) {
        List<JsonNode> seen = new ArrayList<>();
        for (JsonNode frame = client.next(); ; frame = client.next()) {
            if (frame.path("t").asString().equals("community_created")
                    && frame.path("d").path("community").path("name").asString().equals(marker)) {
                return seen;
            }
            seen.add(frame);
        }
    }

    private static List<String> presencesOf(List<JsonNode> frames, long userId) {
        return frames.stream().filter(f -> f.path("op").asString().equals("PRESENCE_UPDATE"))
                .map(f -> f.get("d"))
                .filter(d -> d.path("user_id").asString().equals(Long.toString(userId)))
                .map(d -> d.path("status").asString()).toList();
    }

    /** The statuses READY (or RESUMED) lists for a user. */
    static List<String> readyPresences(JsonNode ready, long userId) {
        List<String> out = new ArrayList<>();
        ready.path("presences").forEach(p -> {
            if (p.path("user_id").asString().equals(Long.toString(userId))) {
                out.add(p.path("status").asString());
            }
        });
        return out;
    }

    /**
     * Sets a status and waits for its echo on the same connection, so that the hub has applied
     * it before whatever the test does next.
     */
    private static void status(WsClient client, GatewayHarness.User user, String status) {
        client.send("{\"op\":\"PRESENCE_UPDATE\",\"d\":{\"status\":\"" + status + "\"}}");
        for (JsonNode frame = client.next(); ; frame = client.next()) {
            if (presencesOf(List.of(frame), user.id()).equals(List.of(status))) {
                return;
            }
        }
    }

    @Test
    void peersSeeEachOtherComeOnlineAndChangeStatusButStrangersDoNot() {
        try (WsClient a = node.connect(); WsClient s = node.connect(); WsClient b = node.connect()) {
            JsonNode readyA = a.ready(ada.token());
            assertThat(readyPresences(readyA, ada.id())).containsExactly("online");
            assertThat(readyPresences(readyA, bob.id())).as("bob is offline, so not listed").isEmpty();
            s.ready(stranger.token());

            JsonNode readyB = b.ready(bob.token());
            assertThat(readyPresences(readyB, ada.id())).containsExactly("online");
            status(b, bob, "dnd");

            String markA = marker(ada);
            assertThat(presencesOf(until(a, markA), bob.id())).containsExactly("online", "dnd");
            String markS = marker(stranger);
            assertThat(presencesOf(until(s, markS), bob.id())).isEmpty();
        }
    }

    @Test
    void aNewMemberAndTheMembersOnlineSeeEachOtherAtTheJoin() {
        GatewayHarness.User carol = node.user("carol");
        try (WsClient a = node.connect(); WsClient c = node.connect()) {
            a.ready(ada.token());
            c.ready(carol.token());
            String before = marker(ada);
            until(a, before);

            node.useCases.invites().accept(carol.caller(), invite(community));
            String after = marker(ada);
            String carolsMarker = marker(carol);

            assertThat(until(a, after)).anySatisfy(f -> assertThat(WsClient.isPresence(f, carol.id(), "online")).isTrue());
            assertThat(until(c, carolsMarker)).anySatisfy(f -> assertThat(WsClient.isPresence(f, ada.id(), "online")).isTrue())
                    .noneSatisfy(f -> assertThat(WsClient.isPresence(f, bob.id(), "online")).isTrue());
        }
    }

    @Test
    void invisibleIsOfflineToOthersAndInvisibleToTheUsersOwnDevices() {
        try (WsClient a = node.connect(); WsClient b = node.connect(); WsClient b2 = node.connect()) {
            a.ready(ada.token());
            b.ready(bob.token());
            b2.ready(bob.token());
            status(b, bob, "invisible");
            assertThat(presencesOf(until(b2, marker(bob)), bob.id())).contains("invisible");

            assertThat(presencesOf(until(a, marker(ada)), bob.id())).containsExactly("online", "offline");
            try (WsClient late = node.connect()) {
                assertThat(readyPresences(late.ready(ada.token()), bob.id())).isEmpty();
            }
        }
    }

    @Test
    void goingOfflineCarriesAndStoresLastSeenWhichReadyShowsForDmPeers() {
        node.useCases.conversations().openDm(ada.caller(), new OpenDmRequest(bob.id()));
        try (WsClient a = node.connect(); WsClient b = node.connect()) {
            JsonNode readyA = a.ready(ada.token());
            assertThat(readyPresences(readyA, bob.id())).as("never seen: not listed").isEmpty();
            b.ready(bob.token());
            status(b, bob, "invisible");

            JsonNode offline = until(a, marker(ada)).stream()
                    .filter(f -> f.path("op").asString().equals("PRESENCE_UPDATE"))
                    .map(f -> f.get("d"))
                    .filter(d -> d.path("user_id").asString().equals(Long.toString(bob.id()))
                            && d.path("status").asString().equals("offline"))
                    .findFirst().orElseThrow();
            Instant lastSeen = Instant.parse(offline.path("last_seen_at").asString());
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(node.useCases.lastSeen().of(List.of(bob.id()))).containsEntry(bob.id(), lastSeen));

            try (WsClient again = node.connect()) {
                JsonNode ready = again.ready(ada.token());
                List<JsonNode> bobs = new ArrayList<>();
                ready.path("presences").forEach(p -> {
                    if (p.path("user_id").asString().equals(Long.toString(bob.id()))) {
                        bobs.add(p);
                    }
                });
                assertThat(bobs).singleElement().satisfies(p -> {
                    assertThat(p.path("status").asString()).isEqualTo("offline");
                    assertThat(Instant.parse(p.path("last_seen_at").asString())).isEqualTo(lastSeen);
                });
            }
        }
    }

    @Test
    void membersOfALargeCommunityOnlySeeThePresenceTheyAskFor() {
        CommunityView big = node.useCases.communities().create(ada.caller(), new CreateCommunityRequest("Big", null));
        String code = invite(big);
        node.useCases.invites().accept(stranger.caller(), code);
        for (int i = 0; i < GatewayLimits.LARGE_COMMUNITY_MEMBERS; i++) {
            String name = "crowd" + i + "x" + UUID.randomUUID().toString().substring(0, 6);
            long id = node.useCases.accounts().register(
                    new RegisterRequest(name, name, null, "correct horse battery staple 42"), "127.0.0.1").id();
            node.useCases.invites().accept(new Caller(id, 0, "127.0.0.1"), code);
        }

        try (WsClient s = node.connect(); WsClient a = node.connect()) {
            JsonNode readyS = s.ready(stranger.token());
            assertThat(readyS.path("communities")).anySatisfy(c -> {
                assertThat(c.path("community").path("name").asString()).isEqualTo("Big");
                assertThat(c.path("large").asBoolean()).isTrue();
            });
            JsonNode readyA = a.ready(ada.token());
            assertThat(readyPresences(readyA, stranger.id())).as("large: not pushed").isEmpty();
            assertThat(presencesOf(until(s, marker(stranger)), ada.id())).as("large: not pushed").isEmpty();

            s.send("{\"op\":\"REQUEST_MEMBERS\",\"d\":{\"community_id\":\"" + big.id() + "\",\"user_ids\":[\""
                    + ada.id() + "\"],\"presences\":true,\"nonce\":\"r1\"}}");
            JsonNode chunk = s.expect("MEMBERS_CHUNK").get("d");
            assertThat(chunk.path("presences").get(0).path("status").asString()).isEqualTo("online");

            status(a, ada, "dnd");
            assertThat(presencesOf(until(s, marker(stranger)), ada.id())).as("followed after asking").containsExactly("dnd");
            status(s, stranger, "dnd");
            assertThat(presencesOf(until(a, marker(ada)), stranger.id())).as("following is one-way").isEmpty();
        }
    }
}
