package dev.parley.gateway;

import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import java.util.UUID;

/**
 * The basic world of gateway tests: the community "Lab" with its owner, a member and its text
 * channel {@code general}, and a stranger in no community; others join with {@link #newMember}.
 * Built fresh on each node.
 */
final class Lab {
    final GatewayHarness node;
    final GatewayHarness.User owner;
    final GatewayHarness.User member;
    final GatewayHarness.User stranger;
    final CommunityView community;
    final ChannelView general;
    private final String invite;

    Lab(GatewayHarness node) {
        this.node = node;
        owner = node.user("owner");
        community = node.useCases.communities().create(owner.caller(), new CreateCommunityRequest("Lab", null));
        invite = node.useCases.invites().create(owner.caller(), community.id(), new CreateInviteRequest(null, null)).code();
        general = node.useCases.channels().list(owner.caller(), community.id()).stream()
                .filter(c -> c.type().equals("text")).findFirst().orElseThrow();
        member = newMember("member");
        stranger = node.user("stranger");
    }

    /** A new user who joins the Lab. */
    GatewayHarness.User newMember(String prefix) {
        GatewayHarness.User user = node.user(prefix);
        join(user);
        return user;
    }

    void join(GatewayHarness.User user) {
        node.useCases.invites().accept(user.caller(), invite);
    }

    MessageView post(GatewayHarness.User author, String content) {
        return post(author, general.id(), content);
    }

    /** Posts in any channel, DM or group. */
    MessageView post(GatewayHarness.User author, long channelId, String content) {
        return node.useCases.messages().send(author.caller(), channelId,
                new SendMessageRequest(content, UUID.randomUUID().toString(), null));
    }
}
