package dev.parley.server;

import static org.awaitility.Awaitility.await;

import dev.parley.client.ParleyClient;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.user.UserSelf;
import dev.parley.server.config.BusConfig;
import dev.parley.server.config.ParleyConfig;
import dev.parley.store.sql.PostgresTestDatabase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes in one JVM, sharing one PostgreSQL database and NATS (the real servers of this
 * machine): users connected to different nodes' gateways see each other's messages live, in a
 * community channel and in a DM; and a node that hears no doorbell at all still delivers, from
 * the log.
 */
class ClusterDeliveryTest {
    private static final String NATS = "nats://127.0.0.1:4222";
    private static final Duration LIVE = Duration.ofSeconds(10);
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

    private static void requireNats() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 4222), 2_000);
        } catch (IOException e) {
            throw new AssertionError("NATS is not running on 127.0.0.1:4222 (" + e.getMessage() + "); start it with: "
                    + "start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- -a 127.0.0.1 -p 4222 -js");
        }
    }

    private Parley node(String databaseUrl, int id, String subjectPrefix) {
        ParleyConfig base = TestConfigs.forDatabase(dataDir, databaseUrl);
        ParleyConfig config = new ParleyConfig(base.server(), base.storage(), base.auth(), base.rateLimits(), base.messaging(),
                base.gateway(), base.log(), new dev.parley.server.config.NodeConfig(id, base.node().roles()),
                new BusConfig(NATS, subjectPrefix));
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
        requireNats();
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
    void a_node_that_hears_no_doorbell_still_delivers_from_the_log() throws Exception {
        requireNats();
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
}
