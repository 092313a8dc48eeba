package dev.parley.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.bus.Audience;
import dev.parley.bus.Dispatch;
import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.World;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.conversation.AddParticipantRequest;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.conversation.UpdateGroupRequest;
import dev.parley.protocol.event.ConversationClosed;
import dev.parley.protocol.event.ConversationCreated;
import dev.parley.protocol.event.ConversationUpdated;
import dev.parley.protocol.event.Event;
import dev.parley.protocol.event.MessageCreated;
import dev.parley.protocol.event.MessageDeleted;
import dev.parley.protocol.event.MessageUpdated;
import dev.parley.protocol.event.MessagesBulkDeleted;
import dev.parley.protocol.event.ReactionAdded;
import dev.parley.protocol.event.ReactionRemoved;
import dev.parley.protocol.event.ReactionsCleared;
import dev.parley.protocol.event.ReadStateUpdated;
import dev.parley.protocol.event.ReceiptUpdated;
import dev.parley.protocol.message.AckRequest;
import dev.parley.protocol.message.BulkDeleteRequest;
import dev.parley.protocol.message.EditMessageRequest;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** For each messaging action: exactly which events it publishes, to whom, in order. */
class MessagingEventsTest {
    private World world;
    private Caller owner;
    private Caller member;
    private ChannelView general;
    private Audience toChannel;

    @BeforeEach
    void setUp() {
        world = new World();
        owner = world.user("olive");
        member = world.user("milo");
        CommunityView community = world.uc.communities().create(owner, new CreateCommunityRequest("Club", null));
        world.uc.invites().accept(member, world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null)).code());
        general = world.uc.channels().list(owner, community.id()).getFirst();
        toChannel = new Audience.Channel(community.id(), general.id());
        world.bus.drain();
    }

    private List<Dispatch> events() {
        return world.bus.drain();
    }

    private MessageView send(Caller who, long channelId, String content, String clientId) {
        return world.uc.messages().send(who, channelId, new SendMessageRequest(content, clientId, null));
    }

    @Test
    void sending_publishes_once_and_a_retry_publishes_nothing() {
        MessageView sent = send(member, general.id(), "hi", "c1");
        List<Dispatch> events = events();
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().audience()).isEqualTo(toChannel);
        MessageView published = ((MessageCreated) events.getFirst().event()).message();
        assertThat(published.id()).isEqualTo(sent.id());
        assertThat(published.seq()).isEqualTo(sent.seq());

        send(member, general.id(), "hi", "c1");
        assertThat(events()).isEmpty();
        assertThatThrownBy(() -> send(member, general.id(), "other", "c1")).isInstanceOf(Failure.class);
        assertThat(events()).isEmpty();
    }

    @Test
    void edits_deletes_and_bulk_deletes() {
        MessageView sent = send(member, general.id(), "typo", "c1");
        events();
        world.uc.messages().edit(member, sent.id(), new EditMessageRequest("fixed"));
        assertThat(events()).singleElement().satisfies(d -> {
            assertThat(d.audience()).isEqualTo(toChannel);
            assertThat(((MessageUpdated) d.event()).message().content()).isEqualTo("fixed");
        });
        world.uc.messages().delete(member, sent.id());
        assertThat(events()).containsExactly(new Dispatch(toChannel, new MessageDeleted(general.id(), sent.id(), sent.seq())));

        MessageView a = send(member, general.id(), "a", "c2");
        MessageView b = send(member, general.id(), "b", "c3");
        events();
        world.uc.messages().bulkDelete(owner, general.id(), new BulkDeleteRequest(List.of(a.id() + "", b.id() + "")));
        assertThat(events()).containsExactly(new Dispatch(toChannel, new MessagesBulkDeleted(general.id(), List.of(a.id() + "", b.id() + ""))));
    }

    @Test
    void reactions_and_pins() {
        MessageView sent = send(member, general.id(), "vote", "c1");
        events();
        world.uc.reactions().add(owner, sent.id(), "👍");
        assertThat(events()).containsExactly(new Dispatch(toChannel, new ReactionAdded(general.id(), sent.id(), owner.userId(), "👍")));
        world.uc.reactions().add(owner, sent.id(), "👍");
        assertThat(events()).as("idempotent").isEmpty();
        world.uc.reactions().remove(owner, sent.id(), "👍", owner.userId());
        assertThat(events()).containsExactly(new Dispatch(toChannel, new ReactionRemoved(general.id(), sent.id(), owner.userId(), "👍")));
        world.uc.reactions().add(member, sent.id(), "🎉");
        events();
        world.uc.reactions().clear(owner, sent.id(), null);
        assertThat(events()).containsExactly(new Dispatch(toChannel, new ReactionsCleared(general.id(), sent.id(), null)));

        world.uc.pins().pin(owner, sent.id());
        assertThat(events()).singleElement().satisfies(d -> assertThat(((MessageUpdated) d.event()).message().pinned()).isTrue());
    }

    @Test
    void acks_tell_the_readers_devices_and_receipts_tell_dm_peers() {
        MessageView sent = send(owner, general.id(), "read me", "c1");
        events();
        world.uc.readStates().ack(member, general.id(), new AckRequest(sent.id()));
        List<Dispatch> events = events();
        assertThat(events).singleElement().satisfies(d -> {
            assertThat(d.audience()).isEqualTo(Audience.user(member.userId()));
            assertThat(((ReadStateUpdated) d.event()).readState().readSeq()).isEqualTo(sent.seq());
        });
        world.uc.readStates().ack(member, general.id(), new AckRequest(sent.id()));
        assertThat(events()).as("an ack that does not move publishes nothing").isEmpty();

        ConversationView dm = world.uc.conversations().openDm(owner, new OpenDmRequest(member.userId()));
        MessageView inDm = send(owner, dm.id(), "psst", "c2");
        events();
        world.uc.readStates().delivered(member, dm.id(), new AckRequest(inDm.id()));
        Audience peers = new Audience.Users(Set.of(owner.userId(), member.userId()));
        assertThat(events()).containsExactly(new Dispatch(peers, new ReceiptUpdated(dm.id(), member.userId(), inDm.seq(), 0)));
        world.uc.readStates().ack(member, dm.id(), new AckRequest(inDm.id()));
        assertThat(events()).extracting(Dispatch::event).<Class<? extends Event>>extracting(Event::getClass)
                .containsExactly(ReadStateUpdated.class, ReceiptUpdated.class);
    }

    @Test
    void conversations_tell_their_participants() {
        ConversationView dm = world.uc.conversations().openDm(owner, new OpenDmRequest(member.userId()));
        assertThat(events()).singleElement().satisfies(d -> {
            assertThat(d.audience()).isEqualTo(new Audience.Users(Set.of(owner.userId(), member.userId())));
            assertThat(((ConversationCreated) d.event()).conversation().id()).isEqualTo(dm.id());
        });
        world.uc.conversations().openDm(member, new OpenDmRequest(owner.userId()));
        assertThat(events()).as("reopening publishes nothing").isEmpty();

        Caller third = world.user("tess");
        ConversationView group = world.uc.conversations().createGroup(owner, new CreateGroupRequest("g", List.of(member.userId() + "")));
        events();
        world.uc.conversations().addParticipant(owner, group.id(), new AddParticipantRequest(third.userId()));
        List<Dispatch> events = events();
        assertThat(events).extracting(Dispatch::event).<Class<? extends Event>>extracting(Event::getClass)
                .containsExactly(ConversationCreated.class, ConversationUpdated.class);
        assertThat(events.getFirst().audience()).isEqualTo(Audience.user(third.userId()));

        world.uc.conversations().rename(owner, group.id(), new UpdateGroupRequest("h", null));
        assertThat(events()).extracting(Dispatch::event).<Class<? extends Event>>extracting(Event::getClass)
                .containsExactly(ConversationUpdated.class);
        world.uc.conversations().removeParticipant(owner, group.id(), third.userId());
        assertThat(events()).first().isEqualTo(new Dispatch(Audience.user(third.userId()), new ConversationClosed(group.id())));
    }
}
