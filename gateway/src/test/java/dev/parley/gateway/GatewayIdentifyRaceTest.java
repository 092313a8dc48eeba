package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What commits after an IDENTIFY's snapshot was read and before the hub attaches the new session
 * (the hub routes it while the user has no session) still takes effect for that session: the
 * snapshot and the memberships are read at one position, and the hub replays the events after it.
 * The window is forced by running an action right after the snapshot is read.
 */
class GatewayIdentifyRaceTest {
    @TempDir
    Path dir;
    GatewayHarness node;
    Lab lab;
    private final AtomicReference<Runnable> afterSnapshot = new AtomicReference<>(() -> { });

    @BeforeEach
    void start() {
        node = new GatewayHarness(dir, GatewayHarness.config(), this::actingAfterSnapshot);
        lab = new Lab(node);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void aCommunityJoinedMeanwhileIsSubscribed() {
        CommunityView annex = node.useCases.communities().create(lab.owner.caller(), new CreateCommunityRequest("Annex", null));
        String invite = node.useCases.invites().create(lab.owner.caller(), annex.id(), new CreateInviteRequest(null, null)).code();
        ChannelView annexGeneral = node.useCases.channels().list(lab.owner.caller(), annex.id()).getFirst();
        afterSnapshot.set(() -> node.useCases.invites().accept(lab.member.caller(), invite));
        try (WsClient member = node.connect()) {
            JsonNode ready = member.ready(lab.member.token());
            assertThat(ready.path("communities").findValuesAsString("name")).contains("Lab").doesNotContain("Annex");

            lab.post(lab.owner, annexGeneral.id(), "welcome to the annex");

            JsonNode created = member.dispatchesUntil(f -> f.path("t").asString().equals("message_created")).getLast();
            assertThat(created.path("d").path("message").path("content").asString()).isEqualTo("welcome to the annex");
        }
    }

    @Test
    void aLogoutMeanwhileClosesTheNewConnectionWithSessionRevoked() {
        afterSnapshot.set(() -> node.useCases.accounts().logout(lab.member.caller()));
        try (WsClient member = node.connect()) {
            member.expect("HELLO");
            member.identify(lab.member.token());
            assertThat(member.closeCode()).isEqualTo(4012);
            assertThat(member.drain()).noneMatch(f -> f.path("op").asString().equals("ERROR"));
        }
    }

    /** The real facts, running the test's action once right after the next IDENTIFY's snapshot. */
    private GatewayFacts actingAfterSnapshot(GatewayFacts real) {
        return (GatewayFacts) Proxy.newProxyInstance(GatewayFacts.class.getClassLoader(), new Class<?>[] {GatewayFacts.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("identify")) {
                        afterSnapshot.getAndSet(() -> { }).run();
                    }
                    return result;
                });
    }
}
