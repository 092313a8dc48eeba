package dev.parley.core.message;

import dev.parley.core.Caller;
import dev.parley.core.World;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import java.util.concurrent.atomic.AtomicInteger;

/** A community with an owner, a member and a stranger, and its #general channel. */
final class MessagingWorld {
    final World world = new World();
    final Caller owner = world.user("owner");
    final Caller member = world.user("member");
    final Caller stranger = world.user("stranger");
    final CommunityView community = world.uc.communities().create(owner, new CreateCommunityRequest("Club", null));
    final ChannelView general;
    private final AtomicInteger clientIds = new AtomicInteger();

    MessagingWorld() {
        world.uc.invites().accept(member, world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null)).code());
        general = world.uc.channels().list(owner, community.id()).getFirst();
        world.bus.drain();
    }

    String nextClientId() {
        return "c" + clientIds.incrementAndGet();
    }

    MessageView send(Caller who, long channelId, String content) {
        return world.uc.messages().send(who, channelId, new SendMessageRequest(content, nextClientId(), null));
    }
}
