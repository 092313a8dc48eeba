package dev.parley.gateway;

import dev.parley.core.json.Json;
import dev.parley.protocol.gateway.GatewayLimits;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client's copy of READY (gateway.md §4) kept current by applying dispatches the way §7 tells a
 * client to: the reducer of "READY + dispatches = a fresh READY", written from the doc alone and
 * working on the JSON a client receives.
 *
 * <p>Derived from events: {@code user} (user_updated), every community's view, channels, roles,
 * own member record and {@code large} (community_*, channel_*, role_*, member_*; member_count by
 * joins and leaves), conversations (conversation_*, message_created for the last message and the
 * last activity), read states and the conversations' counts (message_created, _updated, _deleted
 * with a cache of the messages seen, read_state_updated), and the copies of a user inside them
 * (user_updated). Loaded over REST as §7 says: a joined community's channels, roles and member
 * record. Not derivable, and marked {@linkplain #unknownReadStates unknown}: the read state of a
 * channel that appears (channel_created, a joined community, a group joined with history), since
 * no event says how far that channel goes. Settings by settings_updated. Not covered: {@code presences} (not history), reactions on and deletion of a conversation's last message.
 */
final class ReadyModel {
    /** What a client loads over REST when a community_created arrives. */
    interface Rest {
        JsonNode channels(long communityId);

        JsonNode roles(long communityId);

        JsonNode ownMember(long communityId);
    }

    private static final class Community {
        ObjectNode community;
        final Map<String, JsonNode> channels = new TreeMap<>();
        final Map<String, JsonNode> roles = new TreeMap<>();
        JsonNode member;
        boolean large;

        /** {@code large} follows the member count (gateway.md §4). */
        void view(ObjectNode view) {
            community = view;
            large = view.path("member_count").asInt() > GatewayLimits.LARGE_COMMUNITY_MEMBERS;
        }
    }

    private final String me;
    private final Rest rest;
    private ObjectNode user;
    private JsonNode settings;
    private final Map<String, Community> communities = new TreeMap<>();
    private final Map<String, ObjectNode> conversations = new TreeMap<>();
    private final Map<String, ObjectNode> readStates = new TreeMap<>();
    private final Set<String> unknownReadStates = new HashSet<>();
    private final Map<String, JsonNode> messages = new HashMap<>();

    private ReadyModel(JsonNode ready, Rest rest) {
        this.rest = rest;
        user = copy(ready.path("user"));
        me = user.path("id").asString();
        settings = ready.path("settings");
        for (JsonNode snapshot : ready.path("communities")) {
            Community c = new Community();
            c.community = copy(snapshot.path("community"));
            snapshot.path("channels").forEach(ch -> c.channels.put(id(ch), ch));
            snapshot.path("roles").forEach(r -> c.roles.put(id(r), r));
            c.member = snapshot.path("member");
            c.large = snapshot.path("large").asBoolean();
            communities.put(id(c.community), c);
        }
        ready.path("conversations").forEach(c -> conversations.put(id(c), copy(c)));
        ready.path("read_states").forEach(r -> readStates.put(r.path("channel_id").asString(), copy(r)));
    }

    static ReadyModel of(JsonNode ready, Rest rest) {
        return new ReadyModel(ready, rest);
    }

    /** Channels whose read state the events could not give. */
    Set<String> unknownReadStates() {
        return Set.copyOf(unknownReadStates);
    }

    /** Applies one DISPATCH frame. */
    void apply(JsonNode dispatch) {
        JsonNode d = dispatch.path("d");
        switch (dispatch.path("t").asString()) {
            case "user_updated" -> userUpdated(d.path("user"));
            case "community_created" -> communityCreated(d.path("community"));
            case "community_updated" -> community(d.path("community").path("id")).ifPresent(c -> c.view(copy(d.path("community"))));
            case "community_deleted" -> communityDeleted(d.path("community_id").asString());
            case "channel_created", "channel_updated" -> channelUpserted(d.path("channel"), dispatch.path("t").asString());
            case "channel_deleted" -> channelDeleted(d.path("community_id").asString(), d.path("channel_id").asString());
            case "role_created", "role_updated" -> community(d.path("role").path("community_id"))
                    .ifPresent(c -> c.roles.put(id(d.path("role")), d.path("role")));
            case "role_deleted" -> community(d.path("community_id")).ifPresent(c -> c.roles.remove(d.path("role_id").asString()));
            case "member_joined" -> community(d.path("member").path("community_id")).ifPresent(c -> addMembers(c, 1));
            case "member_left" -> community(d.path("community_id")).ifPresent(c -> addMembers(c, -1));
            case "member_updated" -> memberUpdated(d.path("member"));
            case "message_created" -> messageCreated(d.path("message"));
            case "message_updated" -> messageUpdated(d.path("message"));
            case "message_deleted" -> messageDeleted(d.path("channel_id").asString(), d.path("message_id").asString());
            case "read_state_updated" -> readStateUpdated(d.path("read_state"));
            case "settings_updated" -> settings = d.path("settings");
            case "conversation_created" -> conversationCreated(d.path("conversation"));
            case "conversation_updated" -> conversationUpdated(d.path("conversation"));
            case "conversation_closed" -> forget(d.path("conversation_id").asString());
            case "reaction_added", "reaction_removed", "reactions_cleared" -> requireNotALastMessage(d.path("message_id").asString());
            case "receipt_updated", "invite_created", "invite_deleted", "sessions_revoked" -> { } // not in READY
            default -> throw new IllegalArgumentException("no reducer for " + dispatch.path("t").asString());
        }
    }

    /** The model as a READY payload, in a canonical order, without presences and the session id. */
    ObjectNode ready(Set<String> withoutReadStates) {
        ObjectNode ready = Json.mapper().createObjectNode();
        ready.set("user", user);
        ready.set("settings", settings);
        ArrayNode snapshots = ready.putArray("communities");
        communities.values().forEach(c -> {
            ObjectNode snapshot = snapshots.addObject();
            snapshot.set("community", c.community);
            snapshot.putArray("channels").addAll(c.channels.values());
            snapshot.putArray("roles").addAll(c.roles.values());
            snapshot.set("member", c.member);
            snapshot.put("large", c.large);
        });
        ready.putArray("conversations").addAll(conversations.values());
        ArrayNode states = ready.putArray("read_states");
        readStates.forEach((channel, state) -> {
            if (!withoutReadStates.contains(channel)) {
                states.add(state);
            }
        });
        return ready;
    }

    // ---- users and communities ----

    private void userUpdated(JsonNode updated) {
        String userId = id(updated);
        if (userId.equals(me)) {
            for (String field : new String[] {"username", "display_name", "bio", "pronouns", "custom_status", "accent_color", "avatar"}) {
                if (updated.has(field)) {
                    user.set(field, updated.get(field));
                } else {
                    user.remove(field);
                }
            }
        }
        communities.values().forEach(c -> c.member = replaceUser(c.member, updated));
        conversations.replaceAll((id, c) -> (ObjectNode) replaceUser(c, updated));
    }

    /** The tree with every copy of this user (an object with its id) replaced. Ids are unique across kinds. */
    private static JsonNode replaceUser(JsonNode tree, JsonNode updated) {
        if (tree.isObject() && tree.path("id").asString().equals(id(updated)) && tree.has("username")) {
            return updated;
        }
        if (tree.isObject()) {
            ObjectNode copy = Json.mapper().createObjectNode();
            tree.properties().forEach(e -> copy.set(e.getKey(), replaceUser(e.getValue(), updated)));
            return copy;
        }
        if (tree.isArray()) {
            ArrayNode copy = Json.mapper().createArrayNode();
            tree.forEach(e -> copy.add(replaceUser(e, updated)));
            return copy;
        }
        return tree;
    }

    private void communityCreated(JsonNode view) {
        Community c = new Community();
        c.view(copy(view));
        long communityId = view.path("id").asLong();
        rest.channels(communityId).forEach(ch -> {
            c.channels.put(id(ch), ch);
            appeared(ch);
        });
        rest.roles(communityId).forEach(r -> c.roles.put(id(r), r));
        c.member = rest.ownMember(communityId);
        communities.put(id(view), c);
    }

    private void communityDeleted(String communityId) {
        Community c = communities.remove(communityId);
        if (c != null) {
            c.channels.keySet().forEach(this::forgetReadState);
        }
    }

    private static void addMembers(Community c, int delta) {
        c.view(c.community.put("member_count", c.community.path("member_count").asInt() + delta));
    }

    private void memberUpdated(JsonNode member) {
        if (member.path("user").path("id").asString().equals(me)) {
            community(member.path("community_id")).ifPresent(c -> c.member = member);
        }
    }

    private void channelUpserted(JsonNode channel, String type) {
        community(channel.path("community_id")).ifPresent(c -> {
            if (c.channels.put(id(channel), channel) == null || type.equals("channel_created")) {
                appeared(channel);
            }
        });
    }

    /** A channel new to the client: its read state exists (unless a category) but no event says where it stands. */
    private void appeared(JsonNode channel) {
        if (!channel.path("type").asString().equals("category")) {
            unknownReadStates.add(id(channel));
        }
    }

    private void channelDeleted(String communityId, String channelId) {
        community(communityId).ifPresent(c -> c.channels.remove(channelId));
        forgetReadState(channelId);
    }

    // ---- conversations ----

    private void conversationCreated(JsonNode view) {
        conversations.put(id(view), copy(view));
        if (view.has("last_message")) {
            unknownReadStates.add(id(view)); // joined with history: how much of it is unread is not said
        } else {
            ObjectNode state = Json.mapper().createObjectNode();
            state.put("channel_id", id(view)).put("last_read_message_id", "0").put("read_seq", "0").put("last_seq", "0")
                    .put("unread_count", 0).put("mention_count", 0);
            readStates.put(id(view), state);
        }
        syncCounts(id(view));
    }

    private void conversationUpdated(JsonNode view) {
        ObjectNode updated = copy(view);
        ObjectNode known = conversations.get(id(view));
        if (known != null && known.has("last_message")) {
            updated.set("last_message", known.get("last_message")); // ours has reactions[].me right
        }
        conversations.put(id(view), updated);
        syncCounts(id(view));
    }

    private void forget(String conversationId) {
        conversations.remove(conversationId);
        forgetReadState(conversationId);
    }

    private void requireNotALastMessage(String messageId) {
        conversations.values().forEach(c -> {
            if (c.path("last_message").path("id").asString().equals(messageId)) {
                throw new IllegalStateException("not reduced: a change to a conversation's last message " + messageId);
            }
        });
    }

    // ---- messages and read states ----

    private void messageCreated(JsonNode message) {
        String channel = message.path("channel_id").asString();
        messages.put(id(message), message);
        ObjectNode state = knownReadState(channel);
        if (state != null) {
            state.put("last_seq", message.path("seq").asString());
            if (authorOf(message).equals(me)) {
                state.put("read_seq", message.path("seq").asString()).put("last_read_message_id", id(message))
                        .put("unread_count", 0).put("mention_count", 0);
            } else if (unread(message, state)) {
                state.put("unread_count", state.path("unread_count").asInt() + 1);
                state.put("mention_count", state.path("mention_count").asInt() + (mentionsMe(message) ? 1 : 0));
            }
        }
        ObjectNode conversation = conversations.get(channel);
        if (conversation != null) {
            conversation.set("last_message", message);
            conversation.set("last_activity_at", message.path("created_at"));
        }
        syncCounts(channel);
    }

    private void messageUpdated(JsonNode message) {
        String channel = message.path("channel_id").asString();
        JsonNode before = messages.put(id(message), message);
        ObjectNode state = knownReadState(channel);
        if (before != null && state != null && unread(message, state)) {
            int delta = (mentionsMe(message) ? 1 : 0) - (mentionsMe(before) ? 1 : 0);
            state.put("mention_count", state.path("mention_count").asInt() + delta);
        }
        ObjectNode conversation = conversations.get(channel);
        if (conversation != null && conversation.path("last_message").path("id").asString().equals(id(message))) {
            conversation.set("last_message", message);
        }
        syncCounts(channel);
    }

    private void messageDeleted(String channel, String messageId) {
        requireNotALastMessage(messageId);
        JsonNode before = messages.remove(messageId);
        ObjectNode state = knownReadState(channel);
        if (before != null && state != null && unread(before, state)) {
            state.put("unread_count", state.path("unread_count").asInt() - 1);
            state.put("mention_count", state.path("mention_count").asInt() - (mentionsMe(before) ? 1 : 0));
        }
        syncCounts(channel);
    }

    private void readStateUpdated(JsonNode state) {
        String channel = state.path("channel_id").asString();
        readStates.put(channel, copy(state));
        unknownReadStates.remove(channel);
        syncCounts(channel);
    }

    private ObjectNode knownReadState(String channel) {
        return unknownReadStates.contains(channel) ? null : readStates.get(channel);
    }

    private void forgetReadState(String channel) {
        readStates.remove(channel);
        unknownReadStates.remove(channel);
    }

    /** A conversation's counts are its read state's (dispatched conversations carry zeros). */
    private void syncCounts(String channel) {
        ObjectNode conversation = conversations.get(channel);
        ObjectNode state = knownReadState(channel);
        if (conversation != null && state != null) {
            conversation.put("unread_count", state.path("unread_count").asInt());
            conversation.put("mention_count", state.path("mention_count").asInt());
        }
    }

    private boolean unread(JsonNode message, JsonNode state) {
        return !authorOf(message).equals(me) && message.path("seq").asLong() > state.path("read_seq").asLong();
    }

    private boolean mentionsMe(JsonNode message) {
        JsonNode mentions = message.path("mentions");
        if (mentions.path("everyone").asBoolean() || mentions.path("here").asBoolean()) {
            return true;
        }
        for (JsonNode user : mentions.path("users")) {
            if (user.asString().equals(me)) {
                return true;
            }
        }
        Set<String> myRoles = new HashSet<>();
        communities.values().stream().filter(c -> c.channels.containsKey(message.path("channel_id").asString()))
                .forEach(c -> c.member.path("role_ids").forEach(r -> myRoles.add(r.asString())));
        for (JsonNode role : mentions.path("roles")) {
            if (myRoles.contains(role.asString())) {
                return true;
            }
        }
        return false;
    }

    // ---- helpers ----

    private static ObjectNode copy(JsonNode object) {
        return (ObjectNode) object.deepCopy();
    }

    private static String id(JsonNode node) {
        return node.path("id").asString();
    }

    private static String authorOf(JsonNode message) {
        return message.path("author").path("id").asString();
    }

    private Optional<Community> community(JsonNode communityId) {
        return community(communityId.asString());
    }

    /** A community this copy holds; events of others are not for it. */
    private Optional<Community> community(String communityId) {
        return Optional.ofNullable(communities.get(communityId));
    }
}
