package dev.parley.bench;

import dev.parley.core.Caller;
import dev.parley.core.UseCases;
import dev.parley.protocol.auth.LoginRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The people and places of a run, made through the use cases (set-up is not measured): one
 * community owned by the first user, {@code channels} text channels to send in plus one history
 * channel, and {@code users} members who joined by invite and are logged in.
 *
 * @param members          every member, owner first; member i sends to {@code sendChannels[i mod n]}
 * @param sendChannels     the channels the send load spreads over
 * @param historyChannelId the channel filled for the history runs
 */
record BenchWorld(long communityId, List<Member> members, List<Long> sendChannels, long historyChannelId) {
    static final String IP = "127.0.0.1";
    private static final String PASSWORD = "bench-password-2026";

    /** A logged-in member: the access token for HTTP, the caller for the use cases in process. */
    record Member(long userId, String accessToken, Caller caller) {
    }

    long channelOf(int memberIndex) {
        return sendChannels.get(memberIndex % sendChannels.size());
    }

    static BenchWorld build(UseCases u, int users, int channels) throws InterruptedException {
        Member owner = join(u, 0);
        long community = u.communities().create(owner.caller(), new CreateCommunityRequest("Bench", null)).id();
        List<Long> sendChannels = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            sendChannels.add(u.channels().create(owner.caller(), community, channel("send-" + c)).id());
        }
        long history = u.channels().create(owner.caller(), community, channel("history")).id();
        String invite = u.invites().create(owner.caller(), community, new CreateInviteRequest(0, 0)).code();

        List<Member> members = new ArrayList<>(List.of(owner));
        // In parallel, so that group commit batches the set-up writes as it will batch the load's.
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Member>> joined = new ArrayList<>();
            for (int i = 1; i < users; i++) {
                int index = i;
                joined.add(pool.submit(() -> {
                    Member m = join(u, index);
                    u.invites().accept(m.caller(), invite);
                    return m;
                }));
            }
            for (Future<Member> f : joined) {
                members.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("set-up failed", e.getCause());
        }
        return new BenchWorld(community, List.copyOf(members), List.copyOf(sendChannels), history);
    }

    private static Member join(UseCases u, int index) {
        String name = "bench_user_" + index;
        u.accounts().register(new RegisterRequest(name, "Bench user " + index, null, PASSWORD), IP);
        TokenResponse tokens = u.accounts().login(new LoginRequest(name, PASSWORD, "bench"), IP);
        long userId = tokens.user().id();
        return new Member(userId, tokens.accessToken(), new Caller(userId, tokens.sessionId(), IP));
    }

    private static CreateChannelRequest channel(String name) {
        return new CreateChannelRequest("text", name, null, null, null, null, null);
    }
}
