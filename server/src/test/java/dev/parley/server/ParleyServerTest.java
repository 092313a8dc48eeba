package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.client.ParleyClient;
import dev.parley.client.ParleyException;
import dev.parley.core.auth.SigningKey;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.InviteView;
import dev.parley.server.config.GatewayConfig;
import dev.parley.server.config.ParleyConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole server as README runs it, in process: real HTTP on a free port, a real SQLite file
 * and signing key in a fresh data directory, driven through the Java SDK.
 */
class ParleyServerTest {
    @TempDir
    Path dataDir;

    private static ParleyClient clientOf(int port) {
        return ParleyClient.connect(URI.create("http://127.0.0.1:" + port));
    }

    @Test
    void two_users_meet_in_a_community_and_everything_survives_a_restart() {
        String adaToken;
        long communityId;
        long channelId;
        try (Parley parley = Parley.open(TestConfigs.forDataDir(dataDir), InstantSource.system())) {
            int port = parley.serve();
            ParleyClient ada = clientOf(port);
            ParleyClient bob = clientOf(port);
            assertThat(ada.health()).isTrue();
            assertThat(ada.ready()).isTrue();

            ada.auth().register(new RegisterRequest("ada", "Ada", "ada@example.test", "analytical engine 1843"));
            bob.auth().register(new RegisterRequest("bob", "Bob", null, "difference engine 1822"));
            ada.auth().login("ada", "analytical engine 1843");
            bob.auth().login("bob", "difference engine 1822");

            CommunityView engines = ada.communities().create(new CreateCommunityRequest("Engines", "Babbage fans"));
            ChannelView gears = ada.channels().create(engines.id(), new CreateChannelRequest(null, "gears", "cogs", null, null, null, null));
            InviteView invite = ada.invites().create(engines.id(), new CreateInviteRequest(3600, 10));
            assertThat(bob.invites().preview(invite.code()).communityName()).isEqualTo("Engines");
            bob.invites().accept(invite.code());

            assertThat(bob.communities().list()).extracting(CommunityView::name).containsExactly("Engines");
            assertThat(bob.channels().list(engines.id())).extracting(ChannelView::name).contains("general", "gears");
            assertThat(ada.members().all(engines.id())).hasSize(2);
            adaToken = ada.accessToken().orElseThrow();
            communityId = engines.id();
            channelId = gears.id();
        }

        assertThat(dataDir.resolve("parley.db")).exists();
        assertThat(dataDir.resolve(SigningKey.FILE_NAME)).exists();

        try (Parley again = Parley.open(TestConfigs.forDataDir(dataDir), InstantSource.system())) {
            int port = again.serve();
            ParleyClient ada = clientOf(port).withToken(adaToken);
            assertThat(ada.communities().get(communityId).memberCount()).isEqualTo(2);
            assertThat(ada.channels().get(channelId).topic()).isEqualTo("cogs");
            ParleyClient bob = clientOf(port);
            bob.auth().login("bob", "difference engine 1822");
            assertThat(bob.communities().list()).extracting(CommunityView::id).containsExactly(communityId);
        }
    }

    @Test
    void the_api_names_the_gateway_and_it_says_hello_there() throws Exception {
        try (Parley parley = Parley.open(TestConfigs.forDataDir(dataDir), InstantSource.system())) {
            int port = parley.serve();
            String url = clientOf(port).gatewayInfo().url();
            assertThat(url).isEqualTo("ws://localhost:" + parley.gatewayPort() + "/gateway");

            assertThat(GatewaySocket.firstFrame(parley.gatewayPort())).as("first frame").startsWith("{\"op\":\"HELLO\"");
        }
    }

    @Test
    void a_configured_gateway_url_is_what_clients_are_told() {
        ParleyConfig base = TestConfigs.forDataDir(dataDir);
        var proxied = new GatewayConfig(0, "wss://chat.example.com/gateway", Duration.ofMinutes(5), 10_000,
                8 * 1024 * 1024, Duration.ofHours(1), 0);
        ParleyConfig config = new ParleyConfig(base.server(), base.storage(), base.auth(), base.rateLimits(),
                base.messaging(), proxied, base.log(), base.node(), base.bus());
        try (Parley parley = Parley.open(config, InstantSource.system())) {
            assertThat(clientOf(parley.serve()).gatewayInfo().url()).isEqualTo("wss://chat.example.com/gateway");
        }
    }

    @Test
    void the_signing_key_is_readable_by_its_owner_only() throws Exception {
        try (Parley parley = Parley.open(TestConfigs.forDataDir(dataDir), InstantSource.system())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(SigningKey.FILE_NAME))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void tokens_from_another_installation_are_refused() {
        String foreignToken;
        try (Parley other = Parley.open(TestConfigs.forDataDir(dataDir.resolve("other")), InstantSource.system())) {
            ParleyClient client = clientOf(other.serve());
            client.auth().register(new RegisterRequest("eve", "Eve", null, "a long and lonely password"));
            foreignToken = client.auth().login("eve", "a long and lonely password").accessToken();
        }
        try (Parley parley = Parley.open(TestConfigs.forDataDir(dataDir.resolve("ours")), InstantSource.system())) {
            ParleyClient eve = clientOf(parley.serve()).withToken(foreignToken);
            assertThatThrownBy(() -> eve.users().me()).isInstanceOfSatisfying(ParleyException.class,
                    e -> assertThat(e.code()).isEqualTo("token_invalid"));
        }
    }
}
