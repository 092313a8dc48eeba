package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyClient;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import dev.parley.server.config.ParleyConfig;
import dev.parley.store.sql.PostgresTestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.InstantSource;
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
}
