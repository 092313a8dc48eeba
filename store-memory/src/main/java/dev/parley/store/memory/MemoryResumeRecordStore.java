package dev.parley.store.memory;

import dev.parley.store.gateway.ResumeRecord;
import dev.parley.store.gateway.ResumeRecordStore;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resume records by session id; a save or delete by another owner than the stored one is refused. */
final class MemoryResumeRecordStore implements ResumeRecordStore {
    private final Map<String, ResumeRecord> records;

    MemoryResumeRecordStore(MemoryState state) {
        this.records = state.resumeRecords();
    }

    @Override
    public Set<String> save(Collection<ResumeRecord> saved) {
        Set<String> refused = new HashSet<>();
        for (ResumeRecord r : saved) {
            ResumeRecord old = records.get(r.sessionId());
            if (old != null && !old.owner().equals(r.owner())) {
                refused.add(r.sessionId());
            } else {
                // The identity (user, login session) of a stored record never changes, as in SQL.
                records.put(r.sessionId(), old == null ? r : new ResumeRecord(old.sessionId(), old.userId(),
                        old.loginSessionId(), old.owner(), r.seq(), r.position(), r.savedAt(), r.detachedAt()));
            }
        }
        return refused;
    }

    @Override
    public Optional<ResumeRecord> find(String sessionId) {
        return Optional.ofNullable(records.get(sessionId));
    }

    @Override
    public boolean claim(String sessionId, String expectedOwner, String newOwner) {
        ResumeRecord r = records.get(sessionId);
        if (r == null || !r.owner().equals(expectedOwner)) {
            return false;
        }
        records.put(sessionId, new ResumeRecord(r.sessionId(), r.userId(), r.loginSessionId(), newOwner, r.seq(),
                r.position(), r.savedAt(), r.detachedAt()));
        return true;
    }

    @Override
    public void delete(Collection<String> sessionIds, String owner) {
        for (String id : sessionIds) {
            ResumeRecord r = records.get(id);
            if (r != null && r.owner().equals(owner)) {
                records.remove(id);
            }
        }
    }

    @Override
    public int purge(Instant detachedCutoff, Instant savedCutoff, int limit) {
        List<String> gone = records.values().stream()
                .filter(r -> (r.detachedAt() != null && r.detachedAt().isBefore(detachedCutoff))
                        || r.savedAt().isBefore(savedCutoff))
                .limit(limit).map(ResumeRecord::sessionId).toList();
        gone.forEach(records::remove);
        return gone.size();
    }
}
