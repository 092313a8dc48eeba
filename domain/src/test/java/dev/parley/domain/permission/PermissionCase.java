package dev.parley.domain.permission;

import static dev.parley.domain.permission.Permission.READ_MESSAGE_HISTORY;
import static dev.parley.domain.permission.Permission.SEND_MESSAGES;
import static dev.parley.domain.permission.Permission.VIEW_CHANNEL;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.role.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Named;

/**
 * Builds one row of {@link PermissionCalculatorTest}: a member (a non-owner with user id
 * {@link Who#ME} unless {@link #owner()}), a channel with overwrites, maybe its category, and the
 * expected outcome. {@code @everyone} grants VIEW_CHANNEL, SEND_MESSAGES and READ_MESSAGE_HISTORY
 * unless {@link #everyone} says otherwise.
 */
final class PermissionCase {
    static final long COMMUNITY = 100;
    static final long OWNER = 1;
    static final long CATEGORY_ID = 500;
    static final long CHANNEL_ID = 501;

    /** The target of an overwrite. ROLE_A (position 1) and ROLE_B (position 2) can be held. */
    enum Who {
        EVERYONE(Overwrite.Target.ROLE, COMMUNITY), ROLE_A(Overwrite.Target.ROLE, 1),
        ROLE_B(Overwrite.Target.ROLE, 2), ROLE_NOT_HELD(Overwrite.Target.ROLE, 3),
        ME(Overwrite.Target.MEMBER, 10), OTHER_MEMBER(Overwrite.Target.MEMBER, 11);

        final Overwrite.Target target;
        final long id;

        Who(Overwrite.Target target, long id) {
            this.target = target;
            this.id = id;
        }
    }

    enum Check { BASE, CHANNEL, REJECTED }

    record Case(String name, MemberContext member, Channel channel, Channel category, Check check, PermissionSet expected) {
    }

    private final String name;
    private PermissionSet everyone = PermissionSet.of(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY);
    private final List<Role> roles = new ArrayList<>();
    private boolean owner;
    private ChannelType type = ChannelType.TEXT;
    private boolean synced;
    private boolean passCategory;
    private long categoryId = CATEGORY_ID;
    private ChannelType categoryType = ChannelType.CATEGORY;
    private final Map<Who, PermissionSet> allow = new LinkedHashMap<>();
    private final Map<Who, PermissionSet> deny = new LinkedHashMap<>();
    private final Map<Who, PermissionSet> categoryAllow = new LinkedHashMap<>();
    private final Map<Who, PermissionSet> categoryDeny = new LinkedHashMap<>();

    private PermissionCase(String name) {
        this.name = name;
    }

    static PermissionCase named(String name) {
        return new PermissionCase(name);
    }

    PermissionCase everyone(Permission... granted) {
        everyone = PermissionSet.of(granted);
        return this;
    }

    /** The member holds {@code role} (ROLE_A or ROLE_B), which grants {@code granted}. */
    PermissionCase role(Who role, Permission... granted) {
        roles.add(new Role(role.id, COMMUNITY, role.name(), 0, (int) role.id, PermissionSet.of(granted)));
        return this;
    }

    PermissionCase owner() {
        owner = true;
        return this;
    }

    PermissionCase type(ChannelType channelType) {
        type = channelType;
        return this;
    }

    PermissionCase allow(Who who, Permission... permissions) {
        return add(allow, who, permissions);
    }

    PermissionCase deny(Who who, Permission... permissions) {
        return add(deny, who, permissions);
    }

    PermissionCase categoryAllow(Who who, Permission... permissions) {
        passCategory = true;
        return add(categoryAllow, who, permissions);
    }

    PermissionCase categoryDeny(Who who, Permission... permissions) {
        passCategory = true;
        return add(categoryDeny, who, permissions);
    }

    /** The channel is synced with its category (which is passed only if {@link #withCategory()}). */
    PermissionCase synced() {
        synced = true;
        return this;
    }

    PermissionCase withCategory() {
        passCategory = true;
        return this;
    }

    /** Passes a category channel that is not the channel's parent. */
    PermissionCase wrongCategory() {
        passCategory = true;
        categoryId = 777;
        return this;
    }

    /** Passes the channel's parent, but with the wrong type. */
    PermissionCase categoryOfType(ChannelType parentType) {
        passCategory = true;
        categoryType = parentType;
        return this;
    }

    Named<Case> expect(Permission... expected) {
        return build(Check.CHANNEL, PermissionSet.of(expected));
    }

    Named<Case> expectAll() {
        return build(Check.CHANNEL, PermissionSet.of(EnumSet.allOf(Permission.class)));
    }

    Named<Case> expectBase(Permission... expected) {
        return build(Check.BASE, PermissionSet.of(expected));
    }

    Named<Case> expectBaseAll() {
        return build(Check.BASE, PermissionSet.of(EnumSet.allOf(Permission.class)));
    }

    Named<Case> expectRejected() {
        return build(Check.REJECTED, null);
    }

    private Named<Case> build(Check check, PermissionSet expected) {
        var member = new MemberContext(Who.ME.id, owner ? Who.ME.id : OWNER,
                new Role(COMMUNITY, COMMUNITY, Role.EVERYONE, 0, 0, everyone), roles);
        Long parentId = synced || passCategory ? CATEGORY_ID : null;
        var channel = new Channel(CHANNEL_ID, COMMUNITY, type, "general", "", 0, parentId, 0, false, synced,
                overwrites(allow, deny), Instant.EPOCH);
        var category = passCategory ? new Channel(categoryId, COMMUNITY, categoryType, "cat", "", 0, null, 0,
                false, false, overwrites(categoryAllow, categoryDeny), Instant.EPOCH) : null;
        return Named.of(name, new Case(name, member, channel, category, check, expected));
    }

    private PermissionCase add(Map<Who, PermissionSet> map, Who who, Permission... permissions) {
        map.merge(who, PermissionSet.of(permissions), PermissionSet::plus);
        return this;
    }

    private static List<Overwrite> overwrites(Map<Who, PermissionSet> allows, Map<Who, PermissionSet> denies) {
        var targets = new LinkedHashSet<>(allows.keySet());
        targets.addAll(denies.keySet());
        return targets.stream().map(who -> new Overwrite(who.target, who.id,
                allows.getOrDefault(who, PermissionSet.NONE), denies.getOrDefault(who, PermissionSet.NONE))).toList();
    }
}
