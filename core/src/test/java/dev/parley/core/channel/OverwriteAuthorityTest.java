package dev.parley.core.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.World;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.error.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may set and remove channel overwrites. mona moderates (Mods, position 5, MANAGE_ROLES) but
 * is denied ATTACH_FILES in #general; sam ranks above her (Seniors, 8), Admins is higher still
 * (10); milo is an ordinary member.
 */
class OverwriteAuthorityTest {
    private static final long ATTACH = bits(Permission.ATTACH_FILES);
    private static final long EMBED = bits(Permission.EMBED_LINKS);
    private static final long MANAGE_MESSAGES = bits(Permission.MANAGE_MESSAGES);
    private final World world = new World();
    private Caller owner;
    private Caller mona;
    private Caller sam;
    private Caller milo;
    private CommunityView community;
    private RoleView mods;
    private RoleView admins;
    private ChannelView general;

    private static long bits(Permission p) {
        return PermissionSet.of(p).bits();
    }

    private static void fails(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(code));
    }

    @BeforeEach
    void setUp() {
        owner = world.user("olive");
        mona = world.user("mona");
        sam = world.user("sam");
        milo = world.user("milo");
        community = world.uc.communities().create(owner, new CreateCommunityRequest("Book club", null));
        String code = world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null)).code();
        for (Caller c : new Caller[] {mona, sam, milo}) {
            world.uc.invites().accept(c, code);
        }
        mods = world.uc.roles().create(owner, community.id(), new CreateRoleRequest("Mods", 0, 5, bits(Permission.MANAGE_ROLES)));
        RoleView seniors = world.uc.roles().create(owner, community.id(), new CreateRoleRequest("Seniors", 0, 8, 0L));
        admins = world.uc.roles().create(owner, community.id(), new CreateRoleRequest("Admins", 0, 10, 0L));
        world.uc.members().addRole(owner, community.id(), mona.userId(), mods.id());
        world.uc.members().addRole(owner, community.id(), sam.userId(), seniors.id());
        general = world.uc.channels().create(owner, community.id(), new CreateChannelRequest(null, "general", null, null, null, null, null));
        general = world.uc.channels().putOverwrite(owner, general.id(), mods.id(), new PutOverwriteRequest("role", null, ATTACH));
    }

    private ChannelView put(Caller caller, long targetId, String type, Long allow, Long deny) {
        return world.uc.channels().putOverwrite(caller, general.id(), targetId, new PutOverwriteRequest(type, allow, deny));
    }

    @Test
    void only_bits_held_in_the_channel_can_be_granted_or_denied() {
        fails(() -> put(mona, community.id(), "role", ATTACH, null), ErrorCode.MISSING_PERMISSION);
        fails(() -> put(mona, milo.userId(), "member", null, ATTACH), ErrorCode.MISSING_PERMISSION);
        assertThat(put(mona, community.id(), "role", null, EMBED).overwrites()).hasSize(2);
    }

    @Test
    void nobody_grants_themself_what_they_lack_in_the_channel() {
        fails(() -> put(mona, mona.userId(), "member", ATTACH, null), ErrorCode.MISSING_PERMISSION);
        assertThat(put(mona, mona.userId(), "member", null, EMBED).overwrites()).hasSize(2);
    }

    @Test
    void targets_must_rank_below_the_caller() {
        fails(() -> put(mona, admins.id(), "role", null, EMBED), ErrorCode.HIERARCHY);
        fails(() -> put(mona, mods.id(), "role", null, EMBED), ErrorCode.HIERARCHY);
        fails(() -> put(mona, sam.userId(), "member", null, EMBED), ErrorCode.HIERARCHY);
        fails(() -> put(mona, owner.userId(), "member", null, EMBED), ErrorCode.HIERARCHY);
        assertThat(put(mona, milo.userId(), "member", null, EMBED).overwrites()).hasSize(2);
    }

    @Test
    void the_owner_may_target_anyone() {
        put(owner, admins.id(), "role", null, EMBED);
        put(owner, sam.userId(), "member", null, EMBED);
        assertThat(put(owner, owner.userId(), "member", MANAGE_MESSAGES, null).overwrites()).hasSize(4);
    }

    @Test
    void removing_or_replacing_needs_the_removed_bits_and_the_rank() {
        put(owner, milo.userId(), "member", null, MANAGE_MESSAGES);
        put(owner, admins.id(), "role", null, EMBED);
        fails(() -> world.uc.channels().deleteOverwrite(mona, general.id(), milo.userId()), ErrorCode.MISSING_PERMISSION);
        fails(() -> put(mona, milo.userId(), "member", null, null), ErrorCode.MISSING_PERMISSION);
        fails(() -> world.uc.channels().deleteOverwrite(mona, general.id(), admins.id()), ErrorCode.HIERARCHY);
        fails(() -> world.uc.channels().deleteOverwrite(mona, general.id(), mods.id()), ErrorCode.HIERARCHY);

        put(owner, milo.userId(), "member", null, EMBED);
        assertThat(world.uc.channels().deleteOverwrite(mona, general.id(), milo.userId()).overwrites()).hasSize(2);
    }
}
