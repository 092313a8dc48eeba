package dev.parley.domain.permission;

import static dev.parley.domain.channel.ChannelType.ANNOUNCEMENT;
import static dev.parley.domain.channel.ChannelType.CATEGORY;
import static dev.parley.domain.channel.ChannelType.TEXT;
import static dev.parley.domain.permission.Permission.*;
import static dev.parley.domain.permission.PermissionCase.Who.EVERYONE;
import static dev.parley.domain.permission.PermissionCase.Who.ME;
import static dev.parley.domain.permission.PermissionCase.Who.OTHER_MEMBER;
import static dev.parley.domain.permission.PermissionCase.Who.ROLE_A;
import static dev.parley.domain.permission.PermissionCase.Who.ROLE_B;
import static dev.parley.domain.permission.PermissionCase.Who.ROLE_NOT_HELD;
import static dev.parley.domain.permission.PermissionCase.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.parley.domain.permission.PermissionCase.Case;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Unless a case says otherwise, {@code @everyone} grants VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY. */
class PermissionCalculatorTest {

    static Stream<Named<Case>> cases() {
        return Stream.of(
                // base permissions
                named("base: @everyone alone").everyone(VIEW_CHANNEL, ADD_REACTIONS).expectBase(VIEW_CHANNEL, ADD_REACTIONS),
                named("base: @everyone granting nothing gives nothing").everyone().expectBase(),
                named("base: a role adds its permissions").role(ROLE_A, MANAGE_MESSAGES)
                        .expectBase(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, MANAGE_MESSAGES),
                named("base: two roles add up").role(ROLE_A, KICK_MEMBERS).role(ROLE_B, BAN_MEMBERS)
                        .expectBase(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, KICK_MEMBERS, BAN_MEMBERS),
                named("base: a role granting nothing takes nothing away").role(ROLE_A)
                        .expectBase(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("base: ADMINISTRATOR from a role grants everything").role(ROLE_A, ADMINISTRATOR).expectBaseAll(),
                named("base: ADMINISTRATOR on @everyone grants everything").everyone(ADMINISTRATOR).expectBaseAll(),
                named("base: the owner has everything without any role").owner().everyone().expectBaseAll(),

                // channel without overwrites; owner and ADMINISTRATOR bypass
                named("channel: no overwrites gives the base").expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("channel: base without VIEW_CHANNEL sees nothing").everyone(SEND_MESSAGES, READ_MESSAGE_HISTORY).expect(),
                named("admin: bypasses an @everyone VIEW_CHANNEL deny").role(ROLE_A, ADMINISTRATOR).deny(EVERYONE, VIEW_CHANNEL).expectAll(),
                named("admin: bypasses a member deny").role(ROLE_A, ADMINISTRATOR).deny(ME, VIEW_CHANNEL, SEND_MESSAGES).expectAll(),
                named("admin: posts in an announcement channel").role(ROLE_A, ADMINISTRATOR).type(ANNOUNCEMENT).expectAll(),
                named("owner: bypasses a member deny").owner().deny(ME, VIEW_CHANNEL, SEND_MESSAGES).expectAll(),
                named("owner: bypasses an @everyone deny").owner().deny(EVERYONE, VIEW_CHANNEL).expectAll(),
                named("owner: posts in an announcement channel").owner().type(ANNOUNCEMENT).expectAll(),
                named("channel: an overwrite cannot grant ADMINISTRATOR").allow(EVERYONE, ADMINISTRATOR, MANAGE_MESSAGES)
                        .expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, MANAGE_MESSAGES),

                // @everyone overwrite
                named("@everyone overwrite: deny SEND_MESSAGES").deny(EVERYONE, SEND_MESSAGES).expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY),
                named("@everyone overwrite: allow ADD_REACTIONS").allow(EVERYONE, ADD_REACTIONS)
                        .expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, ADD_REACTIONS),
                named("@everyone overwrite: deny VIEW_CHANNEL hides the channel").deny(EVERYONE, VIEW_CHANNEL).expect(),
                named("@everyone overwrite: allow VIEW_CHANNEL shows the channel").everyone(SEND_MESSAGES)
                        .allow(EVERYONE, VIEW_CHANNEL).expect(VIEW_CHANNEL, SEND_MESSAGES),
                named("@everyone overwrite: deny removes a bit a role grants").role(ROLE_A, MANAGE_MESSAGES)
                        .deny(EVERYONE, MANAGE_MESSAGES).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),

                // role overwrites
                named("role overwrite: allow beats @everyone deny").role(ROLE_A).deny(EVERYONE, SEND_MESSAGES)
                        .allow(ROLE_A, SEND_MESSAGES).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("role overwrite: deny beats @everyone allow").role(ROLE_A).allow(EVERYONE, ADD_REACTIONS)
                        .deny(ROLE_A, ADD_REACTIONS).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("role overwrite: deny removes a base bit").role(ROLE_A).deny(ROLE_A, SEND_MESSAGES)
                        .expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY),
                named("role overwrite: allow VIEW_CHANNEL opens a hidden channel").role(ROLE_A).deny(EVERYONE, VIEW_CHANNEL)
                        .allow(ROLE_A, VIEW_CHANNEL).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("role overwrites: lower role deny + higher role allow = allowed").role(ROLE_A).role(ROLE_B)
                        .deny(ROLE_A, SEND_MESSAGES).allow(ROLE_B, SEND_MESSAGES).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("role overwrites: higher role deny + lower role allow = allowed").role(ROLE_A).role(ROLE_B)
                        .allow(ROLE_A, SEND_MESSAGES).deny(ROLE_B, SEND_MESSAGES).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("role overwrites: denies of two roles add up").role(ROLE_A).role(ROLE_B)
                        .deny(ROLE_A, SEND_MESSAGES).deny(ROLE_B, READ_MESSAGE_HISTORY).expect(VIEW_CHANNEL),
                named("role overwrites: allows of two roles add up").role(ROLE_A).role(ROLE_B).allow(ROLE_A, MANAGE_MESSAGES)
                        .allow(ROLE_B, ADD_REACTIONS).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, MANAGE_MESSAGES, ADD_REACTIONS),
                named("role overwrite: deny for a role not held is ignored").role(ROLE_A).deny(ROLE_NOT_HELD, VIEW_CHANNEL)
                        .expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("role overwrite: allow for a role not held is ignored").deny(EVERYONE, VIEW_CHANNEL)
                        .allow(ROLE_NOT_HELD, VIEW_CHANNEL).expect(),

                // member overwrite
                named("member overwrite: deny beats role allow").role(ROLE_A).allow(ROLE_A, MANAGE_MESSAGES)
                        .deny(ME, MANAGE_MESSAGES).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("member overwrite: allow beats role deny").role(ROLE_A).deny(ROLE_A, SEND_MESSAGES)
                        .allow(ME, SEND_MESSAGES).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("member overwrite: allow VIEW_CHANNEL beats @everyone deny").deny(EVERYONE, VIEW_CHANNEL)
                        .allow(ME, VIEW_CHANNEL).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("member overwrite: deny VIEW_CHANNEL hides the channel").deny(ME, VIEW_CHANNEL).expect(),
                named("member overwrite: deny for another member is ignored").deny(OTHER_MEMBER, VIEW_CHANNEL)
                        .expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("member overwrite: allow for another member is ignored").deny(EVERYONE, SEND_MESSAGES)
                        .allow(OTHER_MEMBER, SEND_MESSAGES).expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY),

                // implicit rules
                named("implicit: no VIEW_CHANNEL drops role permissions too").role(ROLE_A, MANAGE_MESSAGES, KICK_MEMBERS)
                        .deny(EVERYONE, VIEW_CHANNEL).expect(),
                named("implicit: SEND_MESSAGES denied strips MENTION_EVERYONE, ATTACH_FILES, EMBED_LINKS")
                        .everyone(VIEW_CHANNEL, SEND_MESSAGES, ATTACH_FILES, EMBED_LINKS, MENTION_EVERYONE, ADD_REACTIONS)
                        .deny(EVERYONE, SEND_MESSAGES).expect(VIEW_CHANNEL, ADD_REACTIONS),
                named("implicit: ATTACH_FILES allowed by overwrite still needs SEND_MESSAGES").deny(EVERYONE, SEND_MESSAGES)
                        .allow(ME, ATTACH_FILES).expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY),
                named("implicit: base without SEND_MESSAGES strips EMBED_LINKS").everyone(VIEW_CHANNEL, EMBED_LINKS).expect(VIEW_CHANNEL),
                named("implicit: with SEND_MESSAGES the dependent bits stay")
                        .everyone(VIEW_CHANNEL, SEND_MESSAGES, ATTACH_FILES, EMBED_LINKS, MENTION_EVERYONE)
                        .expect(VIEW_CHANNEL, SEND_MESSAGES, ATTACH_FILES, EMBED_LINKS, MENTION_EVERYONE),

                // channel types
                named("announcement: a plain member cannot post").type(ANNOUNCEMENT).expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY),
                named("announcement: a plain member loses the bits that need SEND_MESSAGES").type(ANNOUNCEMENT)
                        .everyone(VIEW_CHANNEL, SEND_MESSAGES, ATTACH_FILES, EMBED_LINKS, MENTION_EVERYONE).expect(VIEW_CHANNEL),
                named("announcement: MANAGE_MESSAGES from a role keeps SEND_MESSAGES").type(ANNOUNCEMENT).role(ROLE_A, MANAGE_MESSAGES)
                        .expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, MANAGE_MESSAGES),
                named("announcement: MANAGE_MESSAGES from an overwrite keeps SEND_MESSAGES").type(ANNOUNCEMENT).role(ROLE_A)
                        .allow(ROLE_A, MANAGE_MESSAGES).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, MANAGE_MESSAGES),
                named("announcement: a moderator denied SEND_MESSAGES cannot post").type(ANNOUNCEMENT).role(ROLE_A, MANAGE_MESSAGES)
                        .deny(ROLE_A, SEND_MESSAGES).expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY, MANAGE_MESSAGES),
                named("announcement: MANAGE_MESSAGES denied to the member loses SEND_MESSAGES").type(ANNOUNCEMENT)
                        .role(ROLE_A, MANAGE_MESSAGES).deny(ME, MANAGE_MESSAGES).expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY),
                named("category: computed like a text channel").type(CATEGORY).deny(EVERYONE, SEND_MESSAGES)
                        .allow(EVERYONE, ADD_REACTIONS).expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY, ADD_REACTIONS),
                named("category: without VIEW_CHANNEL nothing").type(CATEGORY).deny(EVERYONE, VIEW_CHANNEL).expect(),

                // effective overwrites
                named("sync on: the category's overwrites replace the channel's").synced().categoryDeny(EVERYONE, SEND_MESSAGES)
                        .deny(EVERYONE, VIEW_CHANNEL).expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY),
                named("sync on: a category without overwrites clears the channel's").synced().withCategory()
                        .deny(EVERYONE, VIEW_CHANNEL).expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY),
                named("sync on: the category's member overwrite applies").synced().categoryAllow(ME, MANAGE_MESSAGES)
                        .expect(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, MANAGE_MESSAGES),
                named("sync off: the channel's own overwrites apply").type(TEXT).categoryDeny(EVERYONE, VIEW_CHANNEL)
                        .deny(EVERYONE, SEND_MESSAGES).expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY),
                named("sync on without the category: the channel's own overwrites apply").synced()
                        .deny(EVERYONE, SEND_MESSAGES).expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY),
                named("sync on: announcement rules apply to category overwrites").synced().type(ANNOUNCEMENT)
                        .categoryAllow(EVERYONE, ATTACH_FILES).expect(VIEW_CHANNEL, READ_MESSAGE_HISTORY),
                named("rejected: a category that is not the channel's parent").synced().wrongCategory().expectRejected(),
                named("rejected: a parent that is not a CATEGORY channel").synced().categoryOfType(TEXT).expectRejected());
    }

    /** The case name is also the assertion description, so a failure names its case in any report. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computesPermissions(Case c) {
        switch (c.check()) {
            case BASE -> assertThat(PermissionCalculator.base(c.member())).as(c.name()).isEqualTo(c.expected());
            case CHANNEL -> assertThat(PermissionCalculator.inChannel(c.member(), c.channel().type(),
                    PermissionCalculator.effectiveOverwrites(c.channel(), c.category()))).as(c.name()).isEqualTo(c.expected());
            case REJECTED -> assertThatIllegalArgumentException().as(c.name())
                    .isThrownBy(() -> PermissionCalculator.effectiveOverwrites(c.channel(), c.category()));
        }
    }
}
