package dev.parley.gateway;

import dev.parley.core.Caller;
import dev.parley.core.UseCases;
import dev.parley.core.delivery.ReadySnapshot;
import dev.parley.core.delivery.Snapshots;
import dev.parley.protocol.gateway.MembersChunk;
import dev.parley.protocol.gateway.RequestMembers;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import dev.parley.store.Storage;
import dev.parley.store.event.LoggedEvent;
import dev.parley.store.gateway.ResumeRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link GatewayFacts} answered by the core's use cases and, for the event log, the store. */
public final class UseCaseFacts implements GatewayFacts {
    private final UseCases useCases;
    private final Storage storage;

    public UseCaseFacts(UseCases useCases, Storage storage) {
        this.useCases = useCases;
        this.storage = storage;
    }

    @Override
    public Caller authenticate(String accessToken, String ip) {
        return useCases.accounts().authenticate(accessToken, ip);
    }

    @Override
    public Identified identify(String accessToken, String ip) {
        Snapshots.Identified identified = useCases.snapshots().identify(accessToken, ip);
        ReadySnapshot s = identified.snapshot();
        return new Identified(identified.caller(),
                new Snapshot(s.position(), s.user(), s.settings(), s.communities(), s.conversations(), s.readStates()));
    }

    @Override
    public Map<Long, Instant> lastSeen(Collection<Long> userIds) {
        return useCases.lastSeen().of(userIds);
    }

    @Override
    public void recordLastSeen(long userId, Instant at) {
        useCases.lastSeen().record(userId, at);
    }

    @Override
    public Memberships memberships(long userId) {
        var m = useCases.delivery().memberships(userId);
        return new Memberships(m.communityIds(), m.conversations());
    }

    @Override
    public Map<Long, Set<Long>> visibleChannels(long communityId, Collection<Long> userIds) {
        return useCases.delivery().visibleChannels(communityId, userIds);
    }

    @Override
    public long checkTyping(Caller caller, long channelId) {
        return useCases.delivery().checkTyping(caller, channelId);
    }

    @Override
    public MessageView send(Caller caller, long channelId, SendMessageRequest request) {
        return useCases.messages().send(caller, channelId, request);
    }

    @Override
    public MembersChunk requestMembers(Caller caller, RequestMembers request) {
        return useCases.memberRequests().request(caller, request);
    }

    @Override
    public List<LoggedEvent> eventsAfter(long position, int limit) {
        return storage.read(tx -> tx.events().after(position, limit));
    }

    @Override
    public long head() {
        return storage.read(tx -> tx.events().head());
    }

    @Override
    public long tail() {
        return storage.read(tx -> tx.events().tail());
    }

    @Override
    public Set<String> saveResumeRecords(Collection<ResumeRecord> records) {
        return records.isEmpty() ? Set.of() : storage.write(tx -> tx.resumeRecords().save(records));
    }

    @Override
    public Optional<ResumeRecord> resumeRecord(String sessionId) {
        return storage.read(tx -> tx.resumeRecords().find(sessionId));
    }

    @Override
    public boolean claimResumeRecord(String sessionId, String expectedOwner, String newOwner) {
        return storage.write(tx -> tx.resumeRecords().claim(sessionId, expectedOwner, newOwner));
    }

    @Override
    public void deleteResumeRecords(Collection<String> sessionIds, String owner) {
        if (!sessionIds.isEmpty()) {
            storage.write(tx -> {
                tx.resumeRecords().delete(sessionIds, owner);
                return null;
            });
        }
    }
}
