package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.bus.nats.NatsServerProcess;
import dev.parley.client.HistoryQuery;
import dev.parley.client.ParleyClient;
import dev.parley.client.ParleyException;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import dev.parley.protocol.user.UserSelf;
import dev.parley.store.sql.PostgresServerProcess;
import dev.parley.store.sql.PostgresTestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real cluster on this machine: one api node and two gateway nodes, each its own process, on
 * PostgreSQL and a NATS server of the test's own (so it can be stopped). Clients use REST on the
 * api node and WebSockets on the gateways.
 */
class ClusterIT {
    private static final Duration LIVE = Duration.ofSeconds(15);
    @TempDir
    Path dataDir;
    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (AutoCloseable c : running.reversed()) {
            c.close();
        }
    }

    private <T extends AutoCloseable> T keep(T resource) {
        running.add(resource);
        return resource;
    }

    /** The three nodes on {@code databaseUrl} and {@code nats}: [api, gateway 1, gateway 2]. */
    private List<NodeProcess> cluster(String databaseUrl, NatsServerProcess nats) {
        Map<String, String> env = new HashMap<>();
        env.put("PARLEY_STORAGE_DATABASE_URL", databaseUrl);
        env.put("PARLEY_STORAGE_POOL_SIZE", "4");
        env.put("PARLEY_BUS_NATS_URL", nats.url());
        env.put("PARLEY_BUS_SUBJECT_PREFIX", "parley-it-" + UUID.randomUUID().toString().replace("-", ""));
        env.put("PARLEY_AUTH_ARGON2_MEMORY_KIB", "1024");
        env.put("PARLEY_AUTH_ARGON2_ITERATIONS", "1");
        env.put("PARLEY_RATE_LIMITS_REGISTER_PER_IP", "1000");
        env.put("PARLEY_RATE_LIMITS_LOGIN_PER_IP", "1000");
        env.put("PARLEY_MESSAGING_SEND_BURST", "1000");
        env.put("PARLEY_MESSAGING_SEND_PER_SECOND", "1000");
        env.put("PARLEY_LOG_LEVEL", "WARN");
        // One public address for the whole cluster, as behind a load balancer: it is the tokens' issuer.
        env.put("PARLEY_SERVER_PUBLIC_URL", "http://chat.parley.test");
        env.put("PARLEY_GATEWAY_PUBLIC_URL", "ws://chat.parley.test/gateway");
        // Each node has a data directory of its own: the signing key is shared through PostgreSQL.
        NodeProcess api = keep(NodeProcess.start("api,worker", 1, withDataDir(env, 1))); // first: it migrates and makes the key
        NodeProcess one = keep(NodeProcess.start("gateway", 2, withDataDir(env, 2)));
        NodeProcess two = keep(NodeProcess.start("gateway", 3, withDataDir(env, 3)));
        return List.of(api, one, two);
    }

    private Map<String, String> withDataDir(Map<String, String> env, int node) {
        Map<String, String> own = new HashMap<>(env);
        own.put("PARLEY_STORAGE_DATA_DIR", dataDir.resolve("node" + node).toString());
        return own;
    }

    private record Member(ParleyClient client, UserSelf self, String token) {
    }

    private static Member member(NodeProcess api, String name) {
        ParleyClient client = ParleyClient.connect(URI.create("http://127.0.0.1:" + api.httpPort));
        UserSelf self = client.auth().register(new RegisterRequest(name, name, null, "correct horse battery staple"));
        String token = client.auth().login(name, "correct horse battery staple").accessToken();
        return new Member(client, self, token);
    }

    private GatewaySocket connect(NodeProcess gateway, Member member) throws Exception {
        return keep(GatewaySocket.identify(gateway.gatewayPort, member.token()));
    }

    /** A community owned by the first member that every other member joined; returns its first channel. */
    private static long sharedChannel(Member owner, Member... others) {
        CommunityView room = owner.client().communities().create(new CreateCommunityRequest("Room", null));
        String code = owner.client().invites().create(room.id(), new CreateInviteRequest(3600, 100)).code();
        for (Member other : others) {
            other.client().invites().accept(code);
        }
        return owner.client().channels().list(room.id()).getFirst().id();
    }

    private record Pair(Member ada, Member bob, long channel, GatewaySocket adaOnOne, GatewaySocket bobOnTwo) {
    }

    /** Ada and Bob in one community, Ada connected to the first gateway process and Bob to the second. */
    private Pair pairOnTwoGateways(List<NodeProcess> nodes) throws Exception {
        Member ada = member(nodes.get(0), "ada");
        Member bob = member(nodes.get(0), "bob");
        long channel = sharedChannel(ada, bob);
        return new Pair(ada, bob, channel, connect(nodes.get(1), ada), connect(nodes.get(2), bob));
    }

    @Test
    void clients_on_different_gateway_processes_chat_in_a_channel_and_in_a_dm() throws Exception {
        NatsServerProcess nats = keep(new NatsServerProcess().start());
        Pair pair = pairOnTwoGateways(cluster(PostgresTestDatabase.createDatabase(), nats));

        pair.ada().client().messages().send(pair.channel(), "hello across processes");
        await().atMost(LIVE).until(() -> pair.bobOnTwo().received("message_created", "hello across processes")
                && pair.adaOnOne().received("message_created", "hello across processes"));
        ConversationView dm = pair.bob().client().conversations().openDm(pair.ada().self().id());
        pair.bob().client().messages().send(dm.id(), "a direct word");
        await().atMost(LIVE).until(() -> pair.adaOnOne().received("message_created", "a direct word"));
    }

    @Test
    void with_nats_stopped_for_20_seconds_nothing_is_lost_and_delivery_catches_up_after_it_returns() throws Exception {
        NatsServerProcess nats = keep(new NatsServerProcess().start());
        Pair pair = pairOnTwoGateways(cluster(PostgresTestDatabase.createDatabase(), nats));

        nats.kill();
        long stoppedAt = System.nanoTime();
        int sent = 0;
        while (System.nanoTime() - stoppedAt < Duration.ofSeconds(20).toNanos()) {
            pair.ada().client().messages().send(pair.channel(), "during the outage " + ++sent); // acked: NATS is not in the path
            Thread.sleep(500);
        }
        String last = "during the outage " + sent;
        nats.start();
        // The gateways never depended on the doorbell: they read the log head every second.
        await().atMost(Duration.ofSeconds(5)).until(() -> pair.bobOnTwo().received("message_created", last)
                && pair.adaOnOne().received("message_created", last));
        for (int i = 1; i <= sent; i++) {
            String content = "\"during the outage " + i + "\"";
            assertThat(pair.bobOnTwo().received("message_created", content)).as(content).isTrue();
        }
        pair.ada().client().messages().send(pair.channel(), "after the outage");
        await().atMost(Duration.ofSeconds(5)).until(() -> pair.bobOnTwo().received("message_created", "after the outage"));
    }

    @Test
    void a_postgresql_restart_under_load_loses_no_acknowledged_message_and_duplicates_none() throws Exception {
        PostgresServerProcess postgres = keep(new PostgresServerProcess().start());
        NatsServerProcess nats = keep(new NatsServerProcess().start());
        List<NodeProcess> nodes = cluster(postgres.url(), nats);
        Member owner = member(nodes.get(0), "owner");
        List<Member> senders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            senders.add(member(nodes.get(0), "sender" + i));
        }
        long channel = sharedChannel(owner, senders.toArray(Member[]::new));
        GatewaySocket watcher = connect(nodes.get(1), owner);

        int perSender = 40;
        Map<String, Long> acked = new ConcurrentHashMap<>(); // client_msg_id -> message id

        List<Thread> threads = new ArrayList<>();
        for (Member sender : senders) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (int n = 0; n < perSender; n++) {
                    String clientId = sender.self().username() + "-" + n;
                    while (true) { // retry with the same client id until acknowledged
                        try {
                            MessageView m = sender.client().messages().send(channel,
                                    new SendMessageRequest("m " + clientId, clientId, null));
                            acked.put(clientId, m.id());
                            break;
                        } catch (ParleyException | java.io.UncheckedIOException e) {
                            sleep(200);
                        }
                    }
                }
            }));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> acked.size() >= senders.size() * perSender / 4);
        postgres.stop();
        int ackedBeforeTheOutage = acked.size();
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(postgres.url()).close())
                .as("PostgreSQL is really down").isInstanceOf(java.sql.SQLException.class);
        Thread.sleep(5_000);
        postgres.start();
        for (Thread t : threads) {
            t.join(Duration.ofMinutes(3));
        }

        assertThat(acked).hasSize(senders.size() * perSender);
        assertThat(ackedBeforeTheOutage).as("the outage fell in the middle of the load").isLessThan(acked.size());
        List<MessageView> stored = storedMessages(owner.client(), channel);
        // Every acknowledged message is stored, exactly once, as the message its sender was given.
        Map<String, List<Long>> storedIds = stored.stream().collect(Collectors.groupingBy(MessageView::clientMsgId,
                Collectors.mapping(MessageView::id, Collectors.toList())));
        assertThat(storedIds).hasSize(acked.size());
        acked.forEach((clientId, id) -> assertThat(storedIds.get(clientId)).as(clientId).containsExactly(id));
        assertThat(stored.stream().map(MessageView::seq).toList()).as("gap-free seqs")
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, stored.size()).boxed().toList());
        // the gateway recovered too: what is sent now reaches it live
        owner.client().messages().send(channel, "after the restart");
        await().atMost(LIVE).until(() -> watcher.received("message_created", "after the restart"));
    }

    @Test
    void a_gateway_killed_under_load_loses_nothing_and_its_clients_resume_on_the_other_one() throws Exception {
        NatsServerProcess nats = keep(new NatsServerProcess().start());
        List<NodeProcess> nodes = cluster(PostgresTestDatabase.createDatabase(), nats);
        NodeProcess doomed = nodes.get(1);
        NodeProcess survivor = nodes.get(2);
        int rooms = 10;
        int perRoom = 15;
        // The figure: 100 messages per client, 15,000 in all (-Dparley.it.kill-messages=N for another).
        int perClient = Integer.getInteger("parley.it.kill-messages", 100);
        // 150 members in 10 communities of 15; even members on the gateway that dies, odd ones on the other
        List<Member> members = new ArrayList<>();
        Map<Member, Long> channelOf = new HashMap<>();
        for (int r = 0; r < rooms; r++) {
            List<Member> room = new ArrayList<>();
            for (int i = 0; i < perRoom; i++) {
                room.add(member(nodes.get(0), "r" + r + "m" + i));
            }
            long channel = sharedChannel(room.getFirst(), room.subList(1, perRoom).toArray(Member[]::new));
            room.forEach(m -> channelOf.put(m, channel));
            members.addAll(room);
        }
        Map<Member, ResumingClient> clients = new HashMap<>();
        List<ResumingClient> displaced = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            NodeProcess gateway = i % 2 == 0 ? doomed : survivor;
            ResumingClient client = keep(ResumingClient.identify(gateway.gatewayPort, members.get(i).token()));
            clients.put(members.get(i), client);
            if (gateway == doomed) {
                displaced.add(client);
                // Reconnect at once, elsewhere, on a thread of its own (never the common pool: the
                // WebSocket handshake's own stages may need it).
                client.dropped().thenRun(() -> Thread.ofVirtual().start(() -> resumeOn(client, survivor)));
            }
        }
        await().atMost(LIVE).until(() -> clients.values().stream().allMatch(ResumingClient::live));
        Thread heartbeats = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                clients.values().forEach(ResumingClient::heartbeat);
                sleep(2_000);
            }
        });

        Map<String, Long> acked = new ConcurrentHashMap<>(); // client_msg_id -> message id
        Set<String> failures = ConcurrentHashMap.newKeySet();
        List<Thread> senders = new ArrayList<>();
        for (Member sender : members) {
            senders.add(Thread.ofVirtual().start(() -> {
                for (int n = 0; n < perClient; n++) {
                    String clientId = sender.self().username() + "-" + n;
                    while (true) { // retry with the same client id until acknowledged
                        try {
                            MessageView m = sender.client().messages().send(channelOf.get(sender),
                                    new SendMessageRequest("m " + clientId, clientId, null));
                            acked.put(clientId, m.id());
                            break;
                        } catch (ParleyException | java.io.UncheckedIOException e) {
                            if (failures.add(e.getClass().getSimpleName() + ": " + e.getMessage())) {
                                System.err.println("a send failed (retrying): " + e);
                            }
                            sleep(200);
                        }
                    }
                }
            }));
        }
        int total = members.size() * perClient;
        long started = System.nanoTime();
        await().atMost(Duration.ofMinutes(5)).conditionEvaluationListener(c -> {
            if (c.getElapsedTimeInMS() % 10_000 < 100) {
                System.err.println(acked.size() + " acknowledged after " + c.getElapsedTimeInMS() + " ms");
            }
        }).until(() -> acked.size() >= total / 3);
        doomed.kill();
        int ackedAtTheKill = acked.size();
        System.err.printf("killed the gateway after %d acknowledged sends (%.1f s)%n", ackedAtTheKill,
                (System.nanoTime() - started) / 1e9);
        for (Thread t : senders) {
            t.join(Duration.ofMinutes(5));
        }
        assertThat(acked).hasSize(total);
        assertThat(ackedAtTheKill).as("the kill fell in the middle of the load").isLessThan(total);
        System.err.printf("all %d sends acknowledged after %.1f s%n", total, (System.nanoTime() - started) / 1e9);

        // Every member receives every message of their channel exactly once, in the channel's order.
        Map<Long, List<Long>> stored = new HashMap<>();
        channelOf.forEach((reader, channel) -> stored.computeIfAbsent(channel,
                c -> storedMessages(reader.client(), c).stream().map(MessageView::id).toList()));
        assertThat(stored.values()).hasSize(rooms).allSatisfy(ids -> assertThat(ids).hasSize(perRoom * perClient));
        try {
            await().atMost(Duration.ofMinutes(1)).until(() -> members.stream()
                    .allMatch(m -> clients.get(m).createdIn(channelOf.get(m)).size() >= perRoom * perClient));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("not every client received every message of its channel: " + members.stream()
                    .filter(m -> clients.get(m).createdIn(channelOf.get(m)).size() < perRoom * perClient)
                    .map(m -> m.self().username() + " got " + clients.get(m).createdIn(channelOf.get(m)).size()
                            + (displaced.contains(clients.get(m)) ? " (displaced)" : "") + ", resumed "
                            + clients.get(m).resumed() + ", resyncs " + clients.get(m).resyncs() + ", live "
                            + clients.get(m).live() + ", failures " + clients.get(m).failures())
                    .toList(), e);
        }
        heartbeats.interrupt();
        for (Member m : members) {
            ResumingClient client = clients.get(m);
            assertThat(client.failures()).as(m.self().username()).isEmpty();
            assertThat(client.createdIn(channelOf.get(m))).as(m.self().username())
                    .isEqualTo(stored.get(channelOf.get(m)));
        }
        // The displaced clients resumed on the surviving gateway: none had to resync.
        assertThat(displaced).allSatisfy(c -> {
            assertThat(c.resumed()).isEqualTo(1);
            assertThat(c.resyncs()).isZero();
        });
    }

    private static void resumeOn(ResumingClient client, NodeProcess gateway) {
        try {
            client.resumeOn(gateway.gatewayPort);
        } catch (Exception e) {
            client.failed("could not reconnect to the surviving gateway: " + e);
        }
    }

    /** Every message of a channel, in seq order, read in pages of 100. */
    private static List<MessageView> storedMessages(ParleyClient reader, long channel) {
        List<MessageView> stored = new ArrayList<>();
        for (long from = 1; ; from += 100) {
            var page = reader.messages().history(channel, new HistoryQuery(null, null, null, from, from + 99, 100));
            stored.addAll(page.messages());
            if (page.messages().size() < 100) {
                return stored;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
