package dev.parley.store.contract;

import dev.parley.domain.IdGenerator;
import dev.parley.domain.channel.Channel;
import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.invite.Invite;
import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import dev.parley.domain.message.MessageVersion;
import dev.parley.domain.message.Reaction;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.readstate.ReadState;
import dev.parley.domain.role.Role;
import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import dev.parley.domain.user.Profile;
import dev.parley.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Named rows for the contract suites. Nothing here touches a store: fixtures only build records,
 * and the suites insert them.
 *
 * <p>Each instance owns a deterministic clock that steps one second per reading, starting after
 * {@link #BASE}, and an {@link IdGenerator} on that clock. So every call makes a fresh id, ids
 * are real 64-bit Parley ids (large enough to catch a 32-bit column), and a row made later has a
 * larger id and a later creation time. All instants have whole-millisecond precision, which is
 * what backends store.
 */
public final class Fixtures {
    /** Where fixture time starts. */
    public static final Instant BASE = Instant.parse("2026-03-01T09:00:00Z");

    private final AtomicLong seconds = new AtomicLong();
    private final IdGenerator ids = new IdGenerator(() -> BASE.plusSeconds(seconds.incrementAndGet()), 7);

    /** A fresh id; its time ({@link #timeOf}) is later than anything made before. */
    public long id() {
        return ids.next();
    }

    /** A fresh instant, later than every id and instant made before. */
    public Instant now() {
        return timeOf(id());
    }

    /** The creation time encoded in a fixture id. */
    public static Instant timeOf(long id) {
        return Instant.ofEpochMilli(IdGenerator.millisOf(id));
    }

    /** An active account named {@code username} with an email, a password and an empty profile. */
    public User user(String username) {
        return user(username, username + "@example.com");
    }

    /** Like {@link #user(String)}, with the given email (which may be null). */
    public User user(String username, String email) {
        long id = id();
        return new User(id, username, capitalized(username), email,
                "$argon2id$v=19$m=19456,t=2,p=1$fixture$" + username, Profile.EMPTY, false, timeOf(id), null);
    }

    /** A community owned by {@code owner}, without a description. */
    public Community community(User owner) {
        long id = id();
        return new Community(id, "Community " + id, null, owner.id(), timeOf(id));
    }

    /** The {@code @everyone} role of {@code community}: same id, position 0, default grants. */
    public Role everyoneRole(Community community) {
        return new Role(community.id(), community.id(), Role.EVERYONE, 0, 0, PermissionSet.EVERYONE_DEFAULT);
    }

    public Role role(Community community, String name, int position, PermissionSet permissions) {
        return new Role(id(), community.id(), name, 0x5865F2, position, permissions);
    }

    /** A membership without a nickname, holding {@code roles} (never list {@code @everyone}). */
    public Member member(Community community, User user, Role... roles) {
        List<Long> roleIds = Arrays.stream(roles).map(Role::id).toList();
        return new Member(community.id(), user.id(), null, Set.copyOf(roleIds), now());
    }

    /** A top-level text channel at position 0, without topic or overwrites. */
    public Channel channel(Community community, String name) {
        return newChannel(community, ChannelType.TEXT, name, null);
    }

    /** A text channel inside {@code category}. */
    public Channel channelIn(Channel category, String name) {
        long id = id();
        return new Channel(id, category.communityId(), ChannelType.TEXT, name, null, 0, category.id(),
                0, false, true, List.of(), timeOf(id));
    }

    public Channel category(Community community, String name) {
        return newChannel(community, ChannelType.CATEGORY, name, null);
    }

    /** An invite by {@code inviter} that never expires and has unlimited, unused uses. */
    public Invite invite(Community community, User inviter) {
        long id = id();
        return new Invite(code(id), community.id(), inviter.id(), timeOf(id), null, 0, 0);
    }

    /** An active session of {@code user}, last used when it was created. */
    public Session session(User user) {
        long id = id();
        return new Session(id, user.id(), "Firefox on Linux", "203.0.113.7", timeOf(id), timeOf(id), null);
    }

    /** An unused refresh token of {@code session}, valid for 30 days. */
    public RefreshToken refreshToken(Session session) {
        long id = id();
        Instant created = timeOf(id);
        return new RefreshToken(String.format("%064x", id), session.id(), session.userId(), created,
                created.plus(Duration.ofDays(30)), null);
    }

    /** An owner, a member and a stranger around one community with its {@code @everyone} role. */
    public BasicCommunity basicCommunity() {
        User owner = user("owner" + seconds.get());
        User member = user("member" + seconds.get());
        User stranger = user("stranger" + seconds.get());
        Community community = community(owner);
        Role everyone = everyoneRole(community);
        return new BasicCommunity(owner, member, stranger, community, everyone,
                member(community, owner), member(community, member));
    }

    /**
     * A draft (seq 0) by {@code author} in the channel or conversation {@code channelId}: no reply,
     * no mentions and a fresh client message id.
     */
    public Message message(long channelId, User author, String content) {
        return message(channelId, author, content, null, Mentions.NONE);
    }

    /** A draft like {@link #message(long, User, String)} with the given reply target and mentions. */
    public Message message(long channelId, User author, String content, Long replyToId, Mentions mentions) {
        long id = id();
        return Message.draft(id, channelId, author.id(), content, "client-" + Long.toString(id, 36), replyToId,
                mentions, timeOf(id));
    }

    /** A draft by {@code author} in {@code channelId} that reuses {@code clientMsgId}. */
    public Message messageWithClientId(long channelId, User author, String clientMsgId) {
        long id = id();
        return Message.draft(id, channelId, author.id(), "again", clientMsgId, null, Mentions.NONE, timeOf(id));
    }

    /** Version {@code version} of {@code message}'s text, written and replaced at fresh instants. */
    public MessageVersion version(Message message, int version, String content) {
        Instant written = now();
        return new MessageVersion(message.id(), version, content, written, now());
    }

    /** {@code user}'s reaction with {@code emoji} to {@code message}, made now. */
    public Reaction reaction(Message message, User user, String emoji) {
        return new Reaction(message.id(), user.id(), emoji, now());
    }

    /** The DM of {@code a} and {@code b}, last active when it was created; add its participants. */
    public Conversation dm(User a, User b) {
        long id = id();
        return new Conversation(id, Conversation.Kind.DM, null, null, Conversation.dmKey(a.id(), b.id()),
                timeOf(id), timeOf(id));
    }

    /** A group chat owned by {@code owner}, last active when it was created; add its participants. */
    public Conversation group(User owner, String name) {
        long id = id();
        return new Conversation(id, Conversation.Kind.GROUP, name, owner.id(), null, timeOf(id), timeOf(id));
    }

    /** {@code user} joining {@code conversation} now. */
    public Participant participant(Conversation conversation, User user) {
        return new Participant(conversation.id(), user.id(), now());
    }

    /** {@code user}'s read state in {@code channelId}, updated now. */
    public ReadState readState(User user, long channelId, long readSeq, long readMessageId, long deliveredSeq) {
        return new ReadState(user.id(), channelId, readSeq, readMessageId, deliveredSeq, now());
    }

    private Channel newChannel(Community community, ChannelType type, String name, Long parentId) {
        long id = id();
        return new Channel(id, community.id(), type, name, null, 0, parentId, 0, false, false, List.of(), timeOf(id));
    }

    /** Invite codes are short, case-sensitive and unique per fixture instance. */
    private static String code(long id) {
        return "inv" + Long.toString(id, 36);
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
