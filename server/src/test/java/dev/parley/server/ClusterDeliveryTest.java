package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.bus.nats.LocalNats;
import dev.parley.client.ParleyClient;
import dev.parley.client.ParleyException;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.user.UserSelf;
import dev.parley.server.config.BusConfig;
import dev.parley.server.config.ParleyConfig;
import dev.parley.store.sql.PostgresTestDatabase;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes in one JVM, sharing one PostgreSQL database and NATS (the real servers of this
 * machine): users connected to different nodes' gateways see each other's messages live, in a
 * community channel and in a DM; and a node that hears no doorbell at all still delivers, from
 * the log; presence across the nodes (online on either means online, offline after the grace,
 * a silent node's users expire).
 */
class ClusterDeliveryTest {
    private static final Duration LIVE = Duration.ofSeconds(10);
    /** Short, so that a silent node's users expire within a test (after three refreshes). */
    private static final Duration PRESENCE_REFRESH = Duration.ofSeconds(1);
    /** Long enough for the 10 s offline grace and a refresh after it. */
    private static final Duration GRACE_AND_MORE = Duration.ofSeconds(30);
    @TempDir
    Path dataDir;
    private final List<Parley> nodes = new ArrayList<>();
    private final List<GatewaySocket> sockets = new ArrayList<>();
    private final String prefix = "parley-test-" + UUID.randomUUID().toString().replace("-", "");

    @AfterEach
    void stop() {
        sockets.forEach(GatewaySocket::close);
        nodes.reversed().forEach(Parley::close);
    }

    private Parley node(String databaseUrl, int id, String subjectPrefix) {
        ParleyConfig base = TestConfigs.forDatabase(dataDir, databaseUrl);
        ParleyConfig config = new ParleyConfig(base.server(), base.storage(), base.auth(), base.rateLimits(), base.messaging(),
                base.gateway(), base.log(), new dev.parley.server.config.NodeConfig(id, base.node().roles()),
                new BusConfig(LocalNats.url(), subjectPrefix, PRESENCE_REFRESH));
        Parley node = Parley.open(config, InstantSource.system());
        nodes.add(node);
        return node;
    }

    private record Member(ParleyClient client, UserSelf self, String token) {
    }

    private static Member member(int apiPort, String name) {
        ParleyClient client = ParleyClient.connect(URI.create("http://127.0.0.1:" + apiPort));
        UserSelf self = client.auth().register(new RegisterRequest(name, name, null, "correct horse battery staple"));
        String token = client.auth().login(name, "correct horse battery staple").accessToken();
        return new Member(client, self, token);
    }

    private GatewaySocket connect(Parley node, Member member) throws Exception {
        GatewaySocket socket = GatewaySocket.identify(node.gatewayPort(), member.token());
        sockets.add(socket);
        return socket;
    }

    @Test
    void users_on_different_nodes_chat_live_in_a_channel_and_in_a_dm() throws Exception {
        String database = PostgresTestDatabase.createDatabase();
        Parley one = node(database, 1, prefix);
        Parley two = node(database, 2, prefix);
        int apiOne = one.serve();
        int apiTwo = two.serve();

        Member ada = member(apiOne, "ada");
        Member bob = member(apiTwo, "bob");
        CommunityView lab = ada.client().communities().create(new CreateCommunityRequest("Lab", null));
        long general = ada.client().channels().list(lab.id()).getFirst().id();
        bob.client().invites().accept(ada.client().invites().create(lab.id(), new CreateInviteRequest(3600, 10)).code());

        GatewaySocket adaOnOne = connect(one, ada);
        GatewaySocket bobOnTwo = connect(two, bob);

        ada.client().messages().send(general, "hello from node one");
        await().atMost(LIVE).until(() -> bobOnTwo.received("message_created", "hello from node one"));
        bob.client().messages().send(general, "and back from node two");
        await().atMost(LIVE).until(() -> adaOnOne.received("message_created", "and back from node two"));

        ConversationView dm = bob.client().conversations().openDm(ada.self().id());
        bob.client().messages().send(dm.id(), "a direct word");
        await().atMost(LIVE).until(() -> adaOnOne.received("message_created", "a direct word"));

        // typing is never stored: it crosses nodes as a bus signal
        adaOnOne.send("{\"op\":\"TYPING_START\",\"d\":{\"channel_id\":\"" + general + "\"}}");
        await().atMost(LIVE).until(() -> bobOnTwo.receivedOp("TYPING_START", "\"user_id\":\"" + ada.self().id() + "\""));
        bobOnTwo.send("{\"op\":\"TYPING_START\",\"d\":{\"channel_id\":\"" + dm.id() + "\"}}");
        await().atMost(LIVE).until(() -> adaOnOne.receivedOp("TYPING_START", "\"user_id\":\"" + bob.self().id() + "\""));
    }

    @Test
    void a_kick_or_logout_on_one_node_holds_at_once_on_the_other() {
        String database = PostgresTestDatabase.createDatabase();
        int apiOne = node(database, 1, prefix).serve();
        int apiTwo = node(database, 2, prefix).serve();
        Member ada = member(apiOne, "ada");
        Member bob = member(apiTwo, "bob");
        CommunityView lab = ada.client().communities().create(new CreateCommunityRequest("Lab", null));
        long general = ada.client().channels().list(lab.id()).getFirst().id();
        bob.client().invites().accept(ada.client().invites().create(lab.id(), new CreateInviteRequest(3600, 10)).code());
        bob.client().messages().send(general, "node two knows me now"); // node two has read bob's facts once

        ada.client().members().kick(lab.id(), bob.self().id()); // on node one
        assertThatThrownBy(() -> bob.client().messages().send(general, "still here?"))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.status()).isEqualTo(404));

        ParleyClient bobOnOne = ParleyClient.connect(URI.create("http://127.0.0.1:" + apiOne)).withToken(bob.token());
        bob.client().users().me(); // node two has checked bob's token once
        bobOnOne.auth().logout();
        assertThatThrownBy(() -> bob.client().users().me())
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void a_node_that_hears_no_doorbell_still_delivers_from_the_log() throws Exception {
        String database = PostgresTestDatabase.createDatabase();
        Parley one = node(database, 1, prefix);
        Parley deaf = node(database, 2, prefix + "-elsewhere"); // never hears node one's doorbells
        int apiOne = one.serve();
        deaf.serve();

        Member ada = member(apiOne, "ada");
        Member bob = member(apiOne, "bob");
        CommunityView lab = ada.client().communities().create(new CreateCommunityRequest("Lab", null));
        long general = ada.client().channels().list(lab.id()).getFirst().id();
        bob.client().invites().accept(ada.client().invites().create(lab.id(), new CreateInviteRequest(3600, 10)).code());
        GatewaySocket bobOnDeaf = connect(deaf, bob);

        for (int i = 1; i <= 3; i++) {
            ada.client().messages().send(general, "polled " + i);
        }
        await().atMost(LIVE).until(() -> bobOnDeaf.received("message_created", "polled 3")
                && bobOnDeaf.received("message_created", "polled 1"));
    }

    private static String presence(Member member, String status) {
        return "\"user_id\":\"" + member.self().id() + "\",\"status\":\"" + status + "\"";
    }

    /** Two nodes, and ada and bob in one community, ada created on node one. */
    private record Lab(Parley one, Parley two, Member ada, Member bob) {
    }

    private Lab lab() {
        String database = PostgresTestDatabase.createDatabase();
        Parley one = node(database, 1, prefix);
        Parley two = node(database, 2, prefix);
        int apiOne = one.serve();
        two.serve();
        Member ada = member(apiOne, "ada");
        Member bob = member(apiOne, "bob");
        CommunityView lab = ada.client().communities().create(new CreateCommunityRequest("Lab", null));
        bob.client().invites().accept(ada.client().invites().create(lab.id(), new CreateInviteRequest(3600, 10)).code());
        return new Lab(one, two, ada, bob);
    }

    @Test
    void presence_crosses_nodes_and_a_user_present_on_either_is_present() throws Exception {
        Lab lab = lab();
        Member ada = lab.ada();
        Member bob = lab.bob();
        List<String> signals = new CopyOnWriteArrayList<>();
        try (Connection tap = Nats.connect(LocalNats.url())) {
            tap.createDispatcher(m -> signals.add(new String(m.getData(), StandardCharsets.US_ASCII)))
                    .subscribe(prefix + ".signal");
            tap.flush(LIVE);

            GatewaySocket adaOnOne = connect(lab.one(), ada);
            GatewaySocket bobOnTwo = connect(lab.two(), bob);
            await().atMost(LIVE).until(() -> adaOnOne.receivedOp("PRESENCE_UPDATE", presence(bob, "online")));
            assertThat(connect(lab.one(), ada).receivedOp("READY", presence(bob, "online"))).as("READY on node one").isTrue();

            // node two's id: the only node that holds bob so far
            String bobEntry = " " + bob.self().id() + ",";
            await().atMost(LIVE).until(() -> signals.stream().anyMatch(s -> s.startsWith("presence ") && s.contains(bobEntry)));
            String two = signals.stream().filter(s -> s.startsWith("presence ") && s.contains(bobEntry)).findFirst().orElseThrow()
                    .split(" ")[1];

            GatewaySocket bobOnOne = connect(lab.one(), bob);
            // a status chosen on one node holds on the other: bob's device there adopts it
            bobOnTwo.send("{\"op\":\"PRESENCE_UPDATE\",\"d\":{\"status\":\"dnd\"}}");
            await().atMost(LIVE).until(() -> adaOnOne.receivedOp("PRESENCE_UPDATE", presence(bob, "dnd"))
                    && bobOnOne.receivedOp("PRESENCE_UPDATE", presence(bob, "dnd")));
            bobOnTwo.close();
            int seen = signals.size();
            // node two lets go of bob after the grace: its refreshes no longer name him
            await().atMost(GRACE_AND_MORE).until(() -> signals.subList(seen, signals.size()).stream()
                    .anyMatch(s -> s.startsWith("presence " + two + " ") && !s.contains(bobEntry)));
            assertThat(adaOnOne.receivedOp("PRESENCE_UPDATE", presence(bob, "offline"))).as("still present on node one").isFalse();
            GatewaySocket adaOnTwo = connect(lab.two(), ada);
            assertThat(adaOnTwo.receivedOp("READY", presence(bob, "dnd"))).as("READY on node two, bob held by node one").isTrue();

            bobOnOne.close();
            await().atMost(GRACE_AND_MORE).until(() -> adaOnOne.receivedOp("PRESENCE_UPDATE", presence(bob, "offline"))
                    && adaOnTwo.receivedOp("PRESENCE_UPDATE", presence(bob, "offline")));
            await().atMost(LIVE).until(() -> lab.one().useCases().lastSeen().of(List.of(bob.self().id())).containsKey(bob.self().id()));
            String stored = lab.one().useCases().lastSeen().of(List.of(bob.self().id())).get(bob.self().id()).toString();
            assertThat(adaOnTwo.receivedOp("PRESENCE_UPDATE", presence(bob, "offline") + ",\"last_seen_at\":\"" + stored))
                    .as("both nodes announce the time node one stored").isTrue();
        }
    }

    @Test
    void the_users_of_a_node_that_stops_signalling_go_offline_after_the_time_to_live() throws Exception {
        Lab lab = lab();
        GatewaySocket adaOnOne = connect(lab.one(), lab.ada());
        connect(lab.two(), lab.bob());
        await().atMost(LIVE).until(() -> adaOnOne.receivedOp("PRESENCE_UPDATE", presence(lab.bob(), "online")));

        nodes.remove(lab.two());
        lab.two().close(); // says nothing more, as if killed
        await().atMost(GRACE_AND_MORE).until(() -> adaOnOne.receivedOp("PRESENCE_UPDATE", presence(lab.bob(), "offline")));
        long bobId = lab.bob().self().id();
        await("the live node stores when bob was last heard of").atMost(LIVE)
                .until(() -> lab.one().useCases().lastSeen().of(List.of(bobId)).containsKey(bobId));
    }
}
