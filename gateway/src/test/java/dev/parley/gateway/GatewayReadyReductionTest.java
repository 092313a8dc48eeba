package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.Caller;
import dev.parley.core.json.Json;
import dev.parley.domain.permission.Permission;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.community.UpdateCommunityRequest;
import dev.parley.protocol.community.UpdateMemberRequest;
import dev.parley.protocol.community.UpdateRoleRequest;
import dev.parley.protocol.conversation.AddParticipantRequest;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.conversation.UpdateGroupRequest;
import dev.parley.protocol.message.AckRequest;
import dev.parley.protocol.message.EditMessageRequest;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.user.UpdateProfileRequest;
import dev.parley.protocol.user.UpdateSettingsRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * "READY + dispatches = a fresh READY" (gateway.md §3): a member's READY, with the dispatches of
 * a run of actions applied by a reducer written from the doc ({@link ReadyModel}), equals the
 * READY of a new IDENTIFY, part by part. Compared: user, settings, every community (view,
 * channels, roles, own member record, large), conversations and read states; not presences (not
 * history) and the session id. The protocol's known gap (gateway.md §3) is kept out: the read
 * states the events cannot give (see ReadyModel) are left out of both sides, the test checking
 * they are exactly the expected ones.
 */
class GatewayReadyReductionTest {
    @TempDir
    Path dir;
    GatewayHarness node;
    Lab lab;
    CommunityView annex;
    String annexInvite;

    @BeforeEach
    void start() {
        node = new GatewayHarness(dir, GatewayHarness.config());
        lab = new Lab(node);
        MessageView first = lab.post(lab.owner, "old 1");
        lab.post(lab.owner, "old 2");
        node.useCases.readStates().ack(lab.member.caller(), lab.general.id(), new AckRequest(first.id()));
        annex = node.useCases.communities().create(lab.owner.caller(), new CreateCommunityRequest("Annex", null));
        annexInvite = node.useCases.invites().create(lab.owner.caller(), annex.id(), new CreateInviteRequest(null, null)).code();
        lab.post(lab.owner, general(annex).id(), "annex history");
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void readyBeforePlusTheDispatchesEqualsAFreshReady() {
        try (WsClient observed = node.connect(); WsClient fresh = node.connect()) {
            ReadyModel model = ReadyModel.of(observed.ready(lab.member.token()), new UseCaseRest(lab.member.caller()));

            Set<String> appeared = act();

            List<JsonNode> frames = observed.hubRoundTrip(lab.member.id());
            List<JsonNode> dispatches = frames.stream().filter(f -> f.path("op").asString().equals("DISPATCH")).toList();
            assertThat(dispatches).extracting(f -> f.path("s").asLong())
                    .as("gap-free s").isEqualTo(LongStream.rangeClosed(1, dispatches.size()).boxed().toList());
            dispatches.forEach(model::apply);

            assertThat(model.unknownReadStates()).as("read states no event gives").isEqualTo(appeared);
            JsonNode reduced = model.ready(appeared);
            JsonNode ready = ReadyModel.of(fresh.ready(lab.member.token()), new UseCaseRest(lab.member.caller())).ready(appeared);
            for (String part : List.of("user", "settings", "communities", "conversations", "read_states")) {
                assertThat(reduced.get(part)).as(part).isEqualTo(ready.get(part));
            }
        }
    }

    /**
     * The actions, by the owner, the stranger and the member (on other devices); returns the channels
     * whose read state the member's events cannot give: #random and #nested (created; #random also
     * hidden, then shown again with a message posted meanwhile) and the Annex's channel (joined
     * with history).
     */
    private Set<String> act() {
        Caller owner = lab.owner.caller();
        long labId = lab.community.id();
        node.useCases.communities().update(owner, labId, new UpdateCommunityRequest("Lab 2", "a lab", null));

        ChannelView random = createChannel(labId, "random", null, null);
        node.useCases.channels().update(owner, random.id(), new UpdateChannelRequest(null, "anything", null, null, null, null, null, null));
        ChannelView category = createChannel(labId, "cat", "category", null);
        ChannelView nested = createChannel(labId, "nested", null, category.id());
        node.useCases.channels().delete(owner, category.id());

        long quiet = node.useCases.roles().create(owner, labId, new CreateRoleRequest("quiet", null, null, 0L)).id();
        node.useCases.channels().putOverwrite(owner, random.id(), quiet, new PutOverwriteRequest("role", 0L, Permission.VIEW_CHANNEL.mask()));
        lab.post(lab.owner, random.id(), "seen");
        node.useCases.members().addRole(owner, labId, lab.member.id(), quiet);
        lab.post(lab.owner, random.id(), "unseen");
        node.useCases.members().removeRole(owner, labId, lab.member.id(), quiet);
        node.useCases.roles().update(owner, labId, quiet, new UpdateRoleRequest("hushed", 0x336699, null, null));
        long temporary = node.useCases.roles().create(owner, labId, new CreateRoleRequest("temporary", null, null, 0L)).id();
        node.useCases.members().addRole(owner, labId, lab.member.id(), temporary);
        node.useCases.roles().delete(owner, labId, temporary);
        node.useCases.members().updateNickname(owner, labId, lab.member.id(), new UpdateMemberRequest("Member", null));

        GatewayHarness.User passer = node.user("passer");
        lab.join(passer);
        node.useCases.members().leave(passer.caller(), labId);
        GatewayHarness.User newcomer = lab.newMember("newcomer");
        GatewayHarness.User kicked = lab.newMember("kicked");
        node.useCases.members().kick(owner, labId, kicked.id());

        lab.post(lab.member, "my own");
        MessageView later = lab.post(lab.owner, "later");
        node.useCases.readStates().ack(lab.member.caller(), lab.general.id(), new AckRequest(later.id()));
        MessageView mention = lab.post(lab.owner, "hey <@" + lab.member.id() + ">");
        MessageView plain = lab.post(lab.owner, "plain");
        node.useCases.messages().edit(owner, plain.id(), new EditMessageRequest("plain, then <@" + lab.member.id() + ">"));
        lab.post(lab.owner, "hey <@" + lab.member.id() + "> again");
        node.useCases.messages().delete(owner, mention.id());

        long dm = node.useCases.conversations().openDm(lab.stranger.caller(), new OpenDmRequest(lab.member.id())).id();
        MessageView hi = lab.post(lab.stranger, dm, "hi");
        node.useCases.readStates().ack(lab.member.caller(), dm, new AckRequest(hi.id()));
        lab.post(lab.stranger, dm, "hi again");
        long group = node.useCases.conversations().createGroup(owner, new CreateGroupRequest("trio",
                List.of(Long.toString(lab.member.id()), Long.toString(lab.stranger.id())))).id();
        lab.post(lab.owner, group, "welcome");
        node.useCases.conversations().rename(owner, group, new UpdateGroupRequest("quartet", null));
        node.useCases.conversations().addParticipant(owner, group, new AddParticipantRequest(newcomer.id()));
        node.useCases.conversations().leave(lab.stranger.caller(), group);
        long gone = node.useCases.conversations().createGroup(owner, new CreateGroupRequest("gone",
                List.of(Long.toString(lab.member.id())))).id();
        node.useCases.conversations().removeParticipant(owner, gone, lab.member.id());

        node.useCases.profiles().update(lab.member.caller(), new UpdateProfileRequest(null, "about me", null, "busy", null, null, null));
        node.useCases.privacy().update(lab.member.caller(), new UpdateSettingsRequest(false, false));
        node.useCases.profiles().update(lab.stranger.caller(), new UpdateProfileRequest("Stranger Danger", null, null, null, null, null, null));

        node.useCases.invites().accept(lab.member.caller(), annexInvite);
        return Set.of(Long.toString(random.id()), Long.toString(nested.id()), Long.toString(general(annex).id()));
    }

    private ChannelView createChannel(long communityId, String name, String type, Long parentId) {
        return node.useCases.channels().create(lab.owner.caller(), communityId,
                new CreateChannelRequest(type, name, null, parentId, null, null, null));
    }

    private ChannelView general(CommunityView community) {
        return node.useCases.channels().list(lab.owner.caller(), community.id()).getFirst();
    }

    /** The REST calls a client makes on community_created, through the use cases behind them. */
    private final class UseCaseRest implements ReadyModel.Rest {
        private final Caller caller;

        UseCaseRest(Caller caller) {
            this.caller = caller;
        }

        @Override
        public JsonNode channels(long communityId) {
            return tree(node.useCases.channels().list(caller, communityId));
        }

        @Override
        public JsonNode roles(long communityId) {
            return tree(node.useCases.roles().list(caller, communityId));
        }

        @Override
        public JsonNode ownMember(long communityId) {
            return tree(node.useCases.members().get(caller, communityId, caller.userId()));
        }

        private static JsonNode tree(Object view) {
            return Json.mapper().readTree(Json.write(view));
        }
    }
}
