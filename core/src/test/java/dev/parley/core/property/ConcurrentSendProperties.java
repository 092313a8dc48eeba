package dev.parley.core.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.parley.bus.InProcessBus;
import dev.parley.core.Caller;
import dev.parley.core.CoreWiring;
import dev.parley.core.Failure;
import dev.parley.core.MutableClock;
import dev.parley.core.UseCases;
import dev.parley.core.auth.AccessTokens;
import dev.parley.core.auth.PasswordHasher;
import dev.parley.domain.IdGenerator;
import dev.parley.domain.message.Message;
import dev.parley.protocol.auth.LoginRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.protocol.message.SendMessageRequest;
import dev.parley.store.Storage;
import dev.parley.store.memory.MemoryStorage;
import dev.parley.store.sql.SqlStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Many clients send at once, retrying sends as clients do when an ack is lost. Whatever the
 * interleaving: every acknowledged message is stored exactly once, retries return the original,
 * seqs are gap-free and strictly increasing per channel, and the server's unread and mention
 * counts match {@link SendModel}. Runs on the reference store and on a real SQLite file.
 */
class ConcurrentSendProperties {
    private static final int CHANNELS = 3;

    @Property(tries = 12)
    void on_the_memory_store(@ForAll("plans") SendPlan plan) throws Exception {
        try (Storage storage = new MemoryStorage()) {
            check(plan, storage);
        }
    }

    @Property(tries = 6)
    void on_a_sqlite_file(@ForAll("plans") SendPlan plan) throws Exception {
        Path dir = Files.createTempDirectory("parley-property");
        try (Storage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            check(plan, storage);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<SendPlan> plans() {
        Arbitrary<SendPlan.Op> op = Combinators.combine(
                Arbitraries.integers().between(0, CHANNELS - 1),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
                Arbitraries.of(SendPlan.Mention.class),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false, false, false)).as(SendPlan.Op::new);
        return op.list().ofMinSize(1).ofMaxSize(12).list().ofMinSize(2).ofMaxSize(6).map(SendPlan::new);
    }

    private static void check(SendPlan plan, Storage storage) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
        UseCases uc = CoreWiring.useCases(storage, new InProcessBus(), new PasswordHasher(1024, 1, 1),
                new AccessTokens(new ECKeyGenerator(Curve.P_256).keyID("p").generate(), "http://p", Duration.ofMinutes(15), clock),
                Duration.ofDays(1), new CoreWiring.AuthLimits(1000, 1000, Duration.ofMinutes(1), 1000, Duration.ofMinutes(1)),
                new CoreWiring.MessagingLimits(1_000_000, 1_000_000, 250), new IdGenerator(clock, 7), clock);

        int n = plan.clientCount();
        List<Caller> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            uc.accounts().register(new RegisterRequest("user" + i, "User " + i, null, "property test passphrase"), "ip");
            var tokens = uc.accounts().login(new LoginRequest("user" + i, "property test passphrase", null), "ip");
            users.add(new Caller(tokens.user().id(), tokens.sessionId(), "ip"));
        }
        CommunityView community = uc.communities().create(users.get(0), new CreateCommunityRequest("Property", null));
        String invite = uc.invites().create(users.get(0), community.id(), new CreateInviteRequest(0, 0)).code();
        long team = uc.roles().create(users.get(0), community.id(), new CreateRoleRequest("team", null, 1, 0L)).id();
        Set<Integer> teamMembers = new HashSet<>();
        for (int i = 1; i < n; i++) {
            uc.invites().accept(users.get(i), invite);
            if (i % 2 == 0) {
                uc.members().addRole(users.get(0), community.id(), users.get(i).userId(), team);
                teamMembers.add(i);
            }
        }
        List<Long> channels = new ArrayList<>();
        channels.add(uc.channels().list(users.get(0), community.id()).getFirst().id());
        for (int c = 1; c < CHANNELS; c++) {
            channels.add(uc.channels().create(users.get(0), community.id(),
                    new CreateChannelRequest(null, "c" + c, null, null, null, null, null)).id());
        }

        List<SendModel.Ack> acks = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int me = i;
                clients.add(pool.submit(() -> {
                    start.await();
                    runClient(uc, plan.clients().get(me), me, users, channels, team, acks);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> client : clients) {
                client.get();
            }
        }

        int expectedTotal = plan.clients().stream().mapToInt(List::size).sum();
        assertThat(acks).hasSize(expectedTotal);
        assertThat(acks.stream().map(SendModel.Ack::messageId).distinct().count()).isEqualTo(expectedTotal);
        for (int c = 0; c < CHANNELS; c++) {
            long channelId = channels.get(c);
            int channel = c;
            List<Message> stored = storage.read(tx -> tx.messages().between(channelId, 1, Long.MAX_VALUE, 10_000));
            List<Long> ackedIds = acks.stream().filter(a -> a.channel() == channel).map(SendModel.Ack::messageId).sorted().toList();
            assertThat(stored.stream().map(Message::id).sorted().toList()).as("stored exactly once").isEqualTo(ackedIds);
            assertThat(stored.stream().map(Message::seq).toList()).as("gap-free, increasing")
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(1, stored.size()).boxed().toList());
            for (int u = 0; u < n; u++) {
                ReadStateView state = uc.readStates().get(users.get(u), channelId);
                assertThat(state.unreadCount()).as("unread of user%d in channel %d", u, c)
                        .isEqualTo(SendModel.unread(acks, u, c));
                assertThat(state.mentionCount()).as("mentions of user%d in channel %d", u, c)
                        .isEqualTo(SendModel.mentions(acks, u, c, teamMembers, 0));
            }
        }
    }

    private static void runClient(UseCases uc, List<SendPlan.Op> ops, int me, List<Caller> users, List<Long> channels,
                                  long team, List<SendModel.Ack> acks) {
        Caller caller = users.get(me);
        int next = (me + 1) % users.size();
        for (int k = 0; k < ops.size(); k++) {
            SendPlan.Op op = ops.get(k);
            String content = op.text() + switch (op.mention()) {
                case NONE -> "";
                case NEXT_USER -> " <@" + users.get(next).userId() + ">";
                case TEAM_ROLE -> " <@&" + team + ">";
                case EVERYONE -> " @everyone";
            };
            SendMessageRequest request = new SendMessageRequest(content, "u" + me + "-" + k, null);
            long channelId = channels.get(op.channel());
            MessageView first = uc.messages().send(caller, channelId, request);
            acks.add(new SendModel.Ack(first.id(), first.seq(), op.channel(), me, op.mention(), next));
            for (int r = 0; r < op.retries(); r++) {
                MessageView again = uc.messages().send(caller, channelId, request);
                assertThat(again.id()).as("a retry returns the original").isEqualTo(first.id());
                assertThat(again.seq()).isEqualTo(first.seq());
            }
            if (op.reuseIdForOtherContent()) {
                assertThatThrownBy(() -> uc.messages().send(caller, channelId,
                        new SendMessageRequest(content + "!", request.clientMsgId(), null)))
                        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.CLIENT_MSG_ID_REUSED));
            }
        }
    }
}
