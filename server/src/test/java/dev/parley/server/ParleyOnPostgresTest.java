package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyClient;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import dev.parley.server.config.MessagingConfig;
import dev.parley.server.config.ParleyConfig;
import dev.parley.store.sql.PostgresTestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole server on PostgreSQL (cluster mode's database), in process: a fresh database on the
 * real server at 127.0.0.1:5432, migrated by Parley on start, driven over real HTTP through the
 * Java SDK. Fails with a message naming the server when PostgreSQL is not running.
 */
class ParleyOnPostgresTest {
    @TempDir
    Path dataDir;

    @Test
    void users_register_chat_and_read_history_and_ready_follows_the_database() {
        String database = PostgresTestDatabase.createDatabase();
        ParleyConfig config = TestConfigs.forDatabase(dataDir, database);

        try (Parley parley = Parley.open(config, InstantSource.system())) {
            ParleyClient ada = ParleyClient.connect(URI.create("http://127.0.0.1:" + parley.serve()));
            assertThat(ada.ready()).isTrue();

            ada.auth().register(new RegisterRequest("ada", "Ada", "ada@example.test", "analytical engine 1843"));
            ada.auth().login("ada", "analytical engine 1843");
            CommunityView engines = ada.communities().create(new CreateCommunityRequest("Engines", null));
            long general = ada.channels().list(engines.id()).stream()
                    .filter(c -> c.name().equals("general")).map(ChannelView::id).findFirst().orElseThrow();
            MessageView first = ada.messages().send(general, "hello from PostgreSQL");
            SendMessageRequest second = new SendMessageRequest("and again", "retry-me-1", null);
            MessageView sent = ada.messages().send(general, second);
            MessageView retried = ada.messages().send(general, second);

            assertThat(first.seq()).isEqualTo(1);
            assertThat(sent.seq()).isEqualTo(2);
            assertThat(retried.id()).isEqualTo(sent.id());
            assertThat(ada.messages().history(general).messages()).extracting(MessageView::content)
                    .containsExactly("hello from PostgreSQL", "and again");

            PostgresTestDatabase.drop(database);

            assertThat(ada.ready()).isFalse();
        }
    }

    /**
     * Several members send into one channel at once, each message twice at the same moment (a
     * client retrying before the first answer): every pair gets one message, and the channel's
     * seqs come out gap-free, each message once. On PostgreSQL the racing writes really run side
     * by side, so this is where the counter row's lock and the retried serialization failures show,
     * with the default send budget: reruns and twins spend nothing more.
     */
    @Test
    void concurrent_senders_and_retries_in_one_channel_get_each_message_once_in_a_gap_free_order() throws Exception {
        int users = 5; // 5 × 10 messages: one page of history (50)
        // Exactly the shipped send burst per sender (10 at once), each sent twice: a request is
        // charged once however often PostgreSQL reruns its write, and its twin not at all, so none
        // of these may be refused.
        int perUser = MessagingConfig.defaults().sendBurst();
        ParleyConfig config = TestConfigs.forDatabase(dataDir, PostgresTestDatabase.createDatabase());
        try (Parley parley = Parley.open(config, InstantSource.system())) {
            URI url = URI.create("http://127.0.0.1:" + parley.serve());
            ParleyClient owner = ParleyClient.connect(url);
            owner.auth().register(new RegisterRequest("owner", "Owner", null, "analytical engine 1843"));
            owner.auth().login("owner", "analytical engine 1843");
            CommunityView room = owner.communities().create(new CreateCommunityRequest("Room", null));
            long channel = owner.channels().list(room.id()).getFirst().id();
            String invite = owner.invites().create(room.id(), new CreateInviteRequest(3600, 100)).code();
            List<ParleyClient> senders = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                ParleyClient sender = ParleyClient.connect(url);
                sender.auth().register(new RegisterRequest("sender" + u, "Sender " + u, null, "difference engine 1822"));
                sender.auth().login("sender" + u, "difference engine 1822");
                sender.invites().accept(invite);
                senders.add(sender);
            }

            List<Future<MessageView>> sends = new ArrayList<>();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int u = 0; u < users; u++) {
                    ParleyClient sender = senders.get(u);
                    for (int m = 0; m < perUser; m++) {
                        SendMessageRequest request = new SendMessageRequest("m " + u + "." + m, "c-" + u + "-" + m, null);
                        sends.add(pool.submit(() -> sender.messages().send(channel, request)));
                        sends.add(pool.submit(() -> sender.messages().send(channel, request)));
                    }
                }
            }

            List<MessageView> answers = new ArrayList<>();
            for (Future<MessageView> send : sends) {
                answers.add(send.get(60, TimeUnit.SECONDS));
            }
            for (int pair = 0; pair < answers.size(); pair += 2) {
                assertThat(answers.get(pair + 1).id()).as("both sends of one client_msg_id").isEqualTo(answers.get(pair).id());
            }
            List<MessageView> history = owner.messages().history(channel).messages();
            assertThat(history).extracting(MessageView::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, users * perUser).boxed().toList());
            assertThat(history).extracting(MessageView::content).doesNotHaveDuplicates().hasSize(users * perUser);
        }
    }
}
