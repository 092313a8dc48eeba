package dev.parley.http.conversation;

import dev.parley.core.conversation.Conversations;
import dev.parley.http.route.Call;
import dev.parley.protocol.conversation.AddParticipantRequest;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.conversation.UpdateGroupRequest;
import java.util.List;

/** DMs and group chats: {@code /conversations[/{cid}[/participants[/{uid}]]]}; their messages live under {@code /channels/{cid}}. */
public final class ConversationEndpoints {
    private final Conversations conversations;

    public ConversationEndpoints(Conversations conversations) {
        this.conversations = conversations;
    }

    /** 201 also when the DM already existed: opening is idempotent. */
    public ConversationView openDm(Call call, OpenDmRequest body) {
        return conversations.openDm(call.caller(), body);
    }

    public ConversationView createGroup(Call call, CreateGroupRequest body) {
        return conversations.createGroup(call.caller(), body);
    }

    public List<ConversationView> mine(Call call) {
        return conversations.list(call.caller());
    }

    public ConversationView get(Call call) {
        return conversations.get(call.caller(), call.id("cid"));
    }

    public ConversationView rename(Call call, UpdateGroupRequest body) {
        return conversations.rename(call.caller(), call.id("cid"), body);
    }

    public ConversationView addParticipant(Call call, AddParticipantRequest body) {
        return conversations.addParticipant(call.caller(), call.id("cid"), body);
    }

    /** The owner removes someone; {@code @me} (or one's own id) leaves. */
    public void removeParticipant(Call call) {
        conversations.removeParticipant(call.caller(), call.id("cid"), call.userId("uid"));
    }
}
