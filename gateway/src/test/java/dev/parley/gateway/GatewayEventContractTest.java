package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.permission.Permission;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.community.UpdateCommunityRequest;
import dev.parley.protocol.community.UpdateRoleRequest;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.conversation.UpdateGroupRequest;
import dev.parley.protocol.message.AckRequest;
import dev.parley.protocol.message.EditMessageRequest;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.user.UpdateProfileRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The event contract (gateway.md §7): for each action, run through the use cases REST calls, the
 * connected devices of exactly the right users get exactly the right events, in order, and no
 * one else gets anything. After each action every connected user makes a round trip through the
 * hub, so "nothing" is known, not waited for.
 *
 * <p>The world: the Lab's owner; a member on two devices (phone, desk); an outsider, a Lab member
 * who lacks VIEW_CHANNEL in #staff; a stranger in no community; a newcomer who joins later.
 * (Bans are not tested: the core has no ban yet.)
 */
class GatewayEventContractTest {
    private static final long VIEW_CHANNEL = Permission.VIEW_CHANNEL.mask();

    @TempDir
    Path dir;
    GatewayHarness node;
    Lab lab;
    GatewayHarness.User member;
    GatewayHarness.User outsiderUser;
    GatewayHarness.User strangerUser;
    GatewayHarness.User newcomerUser;
    ChannelView staff;
    Device owner;
    Device phone;
    Device desk;
    Device outsider;
    Device stranger;
    Device newcomer;
    final List<Device> devices = new ArrayList<>();

    @BeforeEach
    void start() {
        node = new GatewayHarness(dir, GatewayHarness.config());
        lab = new Lab(node);
        member = lab.member;
        outsiderUser = lab.newMember("outsider");
        strangerUser = lab.stranger;
        newcomerUser = node.user("newcomer");
        staff = node.useCases.channels().create(lab.owner.caller(), lab.community.id(),
                new CreateChannelRequest(null, "staff", null, null, null, null, null));
        overwrite(staff.id(), "role", lab.community.id(), 0, VIEW_CHANNEL); // @everyone's id is the community's
        overwrite(staff.id(), "member", member.id(), VIEW_CHANNEL, 0);
        owner = connect("owner", lab.owner);
        phone = connect("member's phone", member);
        desk = connect("member's desk", member);
        outsider = connect("outsider", outsiderUser);
        stranger = connect("stranger", strangerUser);
        newcomer = connect("newcomer", newcomerUser);
    }

    @AfterEach
    void stop() {
        devices.forEach(d -> d.ws.close());
        node.close();
    }

    @Test
    void messageEventsReachTheChannelsViewersOnly() {
        List<Device> general = List.of(owner, phone, desk, outsider);
        MessageView message = lab.post(lab.owner, "hello");
        expectAfter("post in #general", to(general, "message_created"));
        long id = message.id();
        expect("edit", () -> node.useCases.messages().edit(lab.owner.caller(), id, new EditMessageRequest("hello!")),
                to(general, "message_updated"));
        expect("react", () -> node.useCases.reactions().add(member.caller(), id, "👍"), to(general, "reaction_added"));
        expect("unreact", () -> node.useCases.reactions().remove(member.caller(), id, "👍", member.id()),
                to(general, "reaction_removed"));
        expect("pin", () -> node.useCases.pins().pin(lab.owner.caller(), id), to(general, "message_updated"));
        expect("delete", () -> node.useCases.messages().delete(lab.owner.caller(), id), to(general, "message_deleted"));
        expect("post in #staff", () -> lab.post(lab.owner, staff.id(), "staff only"),
                to(List.of(owner, phone, desk), "message_created"));
    }

    @Test
    void channelAndRoleEventsFollowLivePermissions() {
        List<Device> members = List.of(owner, phone, desk, outsider);
        ChannelView random = node.useCases.channels().create(lab.owner.caller(), lab.community.id(),
                new CreateChannelRequest(null, "random", null, null, null, null, null));
        expectAfter("create #random", to(members, "channel_created"));
        expect("update #random", () -> topic(random.id(), "anything"), to(members, "channel_updated"));
        expect("update #staff", () -> topic(staff.id(), "staff things"), to(List.of(owner, phone, desk), "channel_updated"));
        expect("delete #random", () -> node.useCases.channels().delete(lab.owner.caller(), random.id()),
                to(members, "channel_deleted"));
        expect("rename the community", () -> node.useCases.communities().update(lab.owner.caller(),
                lab.community.id(), new UpdateCommunityRequest("Lab 2", null, null)), to(members, "community_updated"));

        long quiet = node.useCases.roles().create(lab.owner.caller(), lab.community.id(),
                new CreateRoleRequest("quiet", null, null, 0L)).id();
        expectAfter("create a role", to(members, "role_created"));
        long general = lab.general.id();
        expect("deny quiet VIEW_CHANNEL in #general", () -> overwrite(general, "role", quiet, 0, VIEW_CHANNEL),
                to(members, "channel_updated"));
        Expected hidden = to(members, "member_updated").then(List.of(phone, desk), "channel_deleted");
        expect("give the member quiet", () -> giveQuiet(quiet), hidden);
        expect("post in #general", () -> lab.post(lab.owner, "unseen by the member"),
                to(List.of(owner, outsider), "message_created"));
        expect("take quiet back", () -> node.useCases.members().removeRole(lab.owner.caller(),
                        lab.community.id(), member.id(), quiet),
                to(members, "member_updated").then(List.of(phone, desk), "channel_created"));
        expect("rename the role", () -> node.useCases.roles().update(lab.owner.caller(), lab.community.id(), quiet,
                new UpdateRoleRequest("hushed", null, null, null)), to(members, "role_updated"));
        expect("give the member quiet again", () -> giveQuiet(quiet), hidden);
        // Its holders' records and its channels' overwrites first, to the viewers after the change.
        expect("delete the role", () -> node.useCases.roles().delete(lab.owner.caller(), lab.community.id(), quiet),
                to(members, "member_updated").then(members, "channel_updated").then(members, "role_deleted")
                        .then(List.of(phone, desk), "channel_created"));
    }

    private void giveQuiet(long quiet) {
        node.useCases.members().addRole(lab.owner.caller(), lab.community.id(), member.id(), quiet);
    }

    @Test
    void membershipEventsReachTheCommunityAndTheOneWhoCameOrWent() {
        List<Device> members = List.of(owner, phone, desk, outsider);
        List<Device> withNewcomer = List.of(owner, phone, desk, outsider, newcomer);
        expect("join", () -> lab.join(newcomerUser), to(withNewcomer, "member_joined").then(List.of(newcomer), "community_created"));
        expect("leave", () -> node.useCases.members().leave(newcomerUser.caller(), lab.community.id()),
                to(members, "member_left").then(List.of(newcomer), "community_deleted"));
        lab.join(newcomerUser);
        expectAfter("join again", to(withNewcomer, "member_joined").then(List.of(newcomer), "community_created"));
        expect("kick", () -> node.useCases.members().kick(lab.owner.caller(), lab.community.id(), newcomerUser.id()),
                to(members, "member_left").then(List.of(newcomer), "community_deleted"));
        expect("post after the kick", () -> lab.post(lab.owner, "newcomer gone"), to(members, "message_created"));
        expect("create an invite", () -> node.useCases.invites().create(lab.owner.caller(), lab.community.id(),
                new CreateInviteRequest(null, null)), to(List.of(owner), "invite_created"));
    }

    @Test
    void conversationReadStateAndProfileEventsReachParticipantsDevicesAndPeers() {
        List<Device> dm = List.of(phone, desk, stranger);
        ConversationView opened = node.useCases.conversations().openDm(member.caller(), new OpenDmRequest(strangerUser.id()));
        expectAfter("open a DM", to(dm, "conversation_created"));
        MessageView hi = lab.post(strangerUser, opened.id(), "hi");
        expectAfter("post in the DM", to(dm, "message_created"));
        expect("read it on the phone", () -> node.useCases.readStates().ack(member.caller(), opened.id(), new AckRequest(hi.id())),
                to(List.of(phone, desk), "read_state_updated").then(dm, "receipt_updated"));
        expect("update the member's profile", () -> node.useCases.profiles().update(member.caller(),
                        new UpdateProfileRequest(null, null, null, "busy", null, null, null)),
                to(List.of(owner, phone, desk, outsider, stranger), "user_updated"));

        List<Device> group = List.of(owner, phone, desk, stranger);
        long id = node.useCases.conversations().createGroup(lab.owner.caller(), new CreateGroupRequest("trio",
                List.of(Long.toString(member.id()), Long.toString(strangerUser.id())))).id();
        expectAfter("create a group", to(group, "conversation_created"));
        expect("post in the group", () -> lab.post(lab.owner, id, "welcome"), to(group, "message_created"));
        expect("rename the group", () -> node.useCases.conversations().rename(lab.owner.caller(), id,
                new UpdateGroupRequest("duo", null)), to(group, "conversation_updated"));
        expect("remove the stranger", () -> node.useCases.conversations().removeParticipant(lab.owner.caller(), id,
                strangerUser.id()), to(List.of(stranger), "conversation_closed").then(List.of(owner, phone, desk), "conversation_updated"));
        expect("post after the removal", () -> lab.post(lab.owner, id, "just us"), to(List.of(owner, phone, desk), "message_created"));
    }

    @Test
    void typingIsRelayedToTheChannelsOtherViewersOnNoneOfTheTypistsDevices() {
        expect("type in #general", () -> typing(phone, lab.general.id(), owner), to(List.of(owner, outsider), "TYPING_START"));
        expect("type in #staff", () -> typing(phone, staff.id(), owner), to(List.of(owner), "TYPING_START"));
        long dm = node.useCases.conversations().openDm(strangerUser.caller(), new OpenDmRequest(member.id())).id();
        expectAfter("open a DM", to(List.of(phone, desk, stranger), "conversation_created"));
        expect("type in the DM", () -> typing(stranger, dm, desk), to(List.of(phone, desk), "TYPING_START"));
    }

    // ---- the world ----

    private Device connect(String name, GatewayHarness.User user) {
        WsClient ws = node.connect();
        ws.ready(user.token());
        Device device = new Device(name, user, ws);
        devices.add(device);
        return device;
    }

    private void overwrite(long channelId, String type, long targetId, long allow, long deny) {
        node.useCases.channels().putOverwrite(lab.owner.caller(), channelId, targetId, new PutOverwriteRequest(type, allow, deny));
    }

    private void topic(long channelId, String topic) {
        node.useCases.channels().update(lab.owner.caller(), channelId,
                new UpdateChannelRequest(null, topic, null, null, null, null, null, null));
    }

    /** TYPING_START from a device; done once {@code witness}, who must get it, has. */
    private static void typing(Device from, long channelId, Device witness) {
        from.ws.send("{\"op\":\"TYPING_START\",\"d\":{\"channel_id\":\"" + channelId + "\"}}");
        witness.readUntil(f -> f.path("op").asString().equals("TYPING_START"));
    }

    // ---- observing ----

    /**
     * Runs the action, then a hub round trip per connected user, and checks what each device got
     * meanwhile: dispatch types (with {@code s} following on, gap-free) and relayed typing.
     */
    private void expect(String action, Runnable run, Expected expected) {
        run.run();
        expectAfter(action, expected);
    }

    /** {@link #expect} for an action just done. */
    private void expectAfter(String action, Expected expected) {
        Map<GatewayHarness.User, List<Device>> byUser = new LinkedHashMap<>();
        devices.forEach(d -> byUser.computeIfAbsent(d.user, u -> new ArrayList<>()).add(d));
        byUser.forEach((user, ofUser) -> {
            ofUser.getFirst().ws.send("{\"op\":\"PRESENCE_UPDATE\",\"d\":{\"status\":\"online\"}}");
            ofUser.forEach(d -> d.readUntil(f -> WsClient.isPresence(f, user.id(), "online")));
        });
        Map<String, List<String>> got = new LinkedHashMap<>();
        Map<String, List<String>> want = new LinkedHashMap<>();
        for (Device d : devices) {
            got.put(d.name, d.takeObserved());
            want.put(d.name, expected.types.getOrDefault(d, List.of()));
        }
        assertThat(got).as("what each device got after: " + action).isEqualTo(want);
    }

    private static Expected to(List<Device> devices, String type) {
        return new Expected().then(devices, type);
    }

    /** The event types each device must get, in order; devices not named get nothing. */
    private static final class Expected {
        final Map<Device, List<String>> types = new LinkedHashMap<>();

        Expected then(List<Device> devices, String type) {
            devices.forEach(d -> types.computeIfAbsent(d, x -> new ArrayList<>()).add(type));
            return this;
        }
    }

    /** One connected client of a user, and what it received since it was last observed. */
    private static final class Device {
        final String name;
        final GatewayHarness.User user;
        final WsClient ws;
        final List<JsonNode> received = new ArrayList<>();
        long lastS;

        Device(String name, GatewayHarness.User user, WsClient ws) {
            this.name = name;
            this.user = user;
            this.ws = ws;
        }

        void readUntil(Predicate<JsonNode> until) {
            received.addAll(ws.framesUntil(until));
        }

        /** Dispatch types and TYPING_START, oldest first; other frames (presence) are not events. */
        List<String> takeObserved() {
            List<String> observed = new ArrayList<>();
            for (JsonNode frame : received) {
                switch (frame.path("op").asString()) {
                    case "DISPATCH" -> {
                        assertThat(frame.path("s").asLong()).as(name + ": s of " + frame.path("t")).isEqualTo(lastS + 1);
                        lastS++;
                        observed.add(frame.path("t").asString());
                    }
                    case "TYPING_START" -> observed.add("TYPING_START");
                    default -> { }
                }
            }
            received.clear();
            return observed;
        }
    }
}
