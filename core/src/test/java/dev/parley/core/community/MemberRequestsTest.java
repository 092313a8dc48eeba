package dev.parley.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.World;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.MemberView;
import dev.parley.protocol.community.UpdateMemberRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.error.Problem.FieldError;
import dev.parley.protocol.gateway.MembersChunk;
import dev.parley.protocol.gateway.RequestMembers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberRequestsTest {
    private World world;
    private Caller owner;
    private Caller ada;
    private Caller adam;
    private Caller bob;
    private Caller stranger;
    private CommunityView community;

    @BeforeEach
    void setUp() {
        world = new World();
        owner = world.user("olive");
        ada = world.user("ada");
        adam = world.user("Adam");
        bob = world.user("bob");
        stranger = world.user("sam");
        community = world.uc.communities().create(owner, new CreateCommunityRequest("Book club", null));
        for (Caller joiner : List.of(bob, adam, ada)) {
            world.uc.invites().accept(joiner, world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null)).code());
        }
        world.uc.members().updateNickname(bob, community.id(), bob.userId(), new UpdateMemberRequest("Admiral", null));
    }

    private MembersChunk ask(Caller caller, List<String> ids, String query, Long after, Integer limit, String nonce) {
        return world.uc.memberRequests().request(caller, new RequestMembers(community.id(), ids, query, after, limit, null, nonce));
    }

    private static List<Long> userIds(MembersChunk chunk) {
        return chunk.members().stream().map(m -> m.user().id()).toList();
    }

    @Test
    void by_ids_answers_members_by_user_id_and_lists_the_rest_as_not_found() {
        MembersChunk chunk = ask(ada, List.of(Long.toString(bob.userId()), Long.toString(stranger.userId()),
                Long.toString(owner.userId()), "12345"), null, null, null, "n1");
        assertThat(userIds(chunk)).containsExactly(owner.userId(), bob.userId());
        assertThat(chunk.notFound()).containsExactly(Long.toString(stranger.userId()), "12345");
        assertThat(chunk.members().get(1)).isEqualTo(world.uc.members().get(ada, community.id(), bob.userId()));
        assertThat(chunk).extracting(MembersChunk::communityId, MembersChunk::next, MembersChunk::nonce, MembersChunk::presences)
                .containsExactly(community.id(), null, "n1", null);
    }

    @Test
    void by_query_matches_username_or_nickname_prefixes_ignoring_case_ordered_by_username() {
        MembersChunk chunk = ask(ada, null, "AD", null, null, null);
        assertThat(userIds(chunk)).containsExactly(ada.userId(), adam.userId(), bob.userId());
        assertThat(chunk.notFound()).isNull();
        assertThat(userIds(ask(ada, null, "ad", null, 2, null))).containsExactly(ada.userId(), adam.userId());
        assertThat(ask(ada, null, "sam", null, null, null).members()).isEmpty();
    }

    @Test
    void pages_run_by_user_id_with_next_until_the_end() {
        List<Long> all = new ArrayList<>(List.of(owner.userId(), ada.userId(), adam.userId(), bob.userId()));
        Collections.sort(all);
        MembersChunk first = ask(ada, null, null, null, 3, null);
        assertThat(userIds(first)).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(first.next()).isEqualTo(all.get(2));
        MembersChunk second = ask(ada, null, null, first.next(), 3, null);
        assertThat(userIds(second)).containsExactly(all.get(3));
        assertThat(second.next()).isNull();
        assertThat(userIds(ask(ada, null, null, null, null, null))).containsExactlyElementsOf(all);
    }

    @Test
    void strangers_get_not_found() {
        assertThatThrownBy(() -> ask(stranger, null, null, null, null, null))
                .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void bad_requests_name_every_bad_field() {
        List<String> tooMany = java.util.stream.LongStream.rangeClosed(1, 101).mapToObj(Long::toString).toList();
        assertInvalid(() -> ask(ada, tooMany, null, null, null, null), "user_ids");
        assertInvalid(() -> ask(ada, List.of(), null, null, null, null), "user_ids");
        assertInvalid(() -> ask(ada, List.of("x"), null, null, null, null), "user_ids");
        assertInvalid(() -> ask(ada, List.of("1"), "a", null, null, null), "user_ids");
        assertInvalid(() -> ask(ada, List.of("1"), null, 5L, 10, null), "limit", "after");
        assertInvalid(() -> ask(ada, null, "", null, null, null), "query");
        assertInvalid(() -> ask(ada, null, "a".repeat(33), null, 101, null), "query", "limit");
        assertInvalid(() -> ask(ada, null, "a", 5L, null, null), "after");
        assertInvalid(() -> ask(ada, null, null, null, 1001, "n".repeat(65)), "nonce", "limit");
        assertInvalid(() -> ask(ada, null, null, null, 0, null), "limit");
        assertInvalid(() -> world.uc.memberRequests().request(ada, new RequestMembers(null, null, null, null, null, null, null)), "community_id");
        assertThat(ask(ada, null, "a".repeat(32), null, 100, "n".repeat(64)).members()).isEmpty();
        assertThat(ask(ada, null, null, null, 1000, null).members()).hasSize(4);
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String... fields) {
        assertThatThrownBy(action).isInstanceOfSatisfying(Failure.class, f -> {
            assertThat(f.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(f.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields);
        });
    }
}
