package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.gateway.ResumeRecord;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.parley.store.gateway.ResumeRecordStore}: only the owner saves or deletes a record; a
 * claim moves it to another owner once; purge removes what can no longer be resumed.
 */
public abstract class ResumeRecordStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private static ResumeRecord record(String id, String owner, long seq, long position, Instant saved, Instant detached) {
        return new ResumeRecord(id, 7, 9, owner, seq, position, saved, detached);
    }

    @Test
    void savesReplaceTheOwnersRecordAndFindReadsItBack() {
        Set<String> first = write(tx -> tx.resumeRecords().save(List.of(record("gw_a", "node1", 0, 10, T0, null))));
        Set<String> second = write(tx -> tx.resumeRecords().save(
                List.of(record("gw_a", "node1", 5, 42, T0.plusSeconds(1), T0.plusSeconds(1)))));

        assertThat(first).isEmpty();
        assertThat(second).isEmpty();

        assertThat(committed().resumeRecords().find("gw_a"))
                .contains(record("gw_a", "node1", 5, 42, T0.plusSeconds(1), T0.plusSeconds(1)));
        assertThat(committed().resumeRecords().find("gw_missing")).isEmpty();
    }

    @Test
    void aClaimMovesTheRecordOnceAndTheFormerOwnerCanNeitherSaveNorDeleteIt() {
        inWrite(tx -> tx.resumeRecords().save(List.of(record("gw_a", "node1", 3, 30, T0, null),
                record("gw_b", "node1", 1, 31, T0, null))));

        boolean claimed = write(tx -> tx.resumeRecords().claim("gw_a", "node1", "node2"));
        boolean claimedAgain = write(tx -> tx.resumeRecords().claim("gw_a", "node1", "node3"));
        boolean claimedMissing = write(tx -> tx.resumeRecords().claim("gw_missing", "node1", "node3"));
        assertThat(claimed).isTrue();
        assertThat(claimedAgain).isFalse();
        assertThat(claimedMissing).isFalse();

        Set<String> refused = write(tx -> tx.resumeRecords().save(List.of(record("gw_a", "node1", 4, 40, T0.plusSeconds(5), null),
                record("gw_b", "node1", 2, 41, T0.plusSeconds(5), null))));
        assertThat(refused).containsExactly("gw_a");
        inWrite(tx -> tx.resumeRecords().delete(List.of("gw_a"), "node1"));

        assertThat(committed().resumeRecords().find("gw_a")).contains(record("gw_a", "node2", 3, 30, T0, null));
        assertThat(committed().resumeRecords().find("gw_b")).contains(record("gw_b", "node1", 2, 41, T0.plusSeconds(5), null));

        inWrite(tx -> tx.resumeRecords().delete(List.of("gw_a", "gw_b"), "node2"));
        assertThat(committed().resumeRecords().find("gw_a")).isEmpty();
        assertThat(committed().resumeRecords().find("gw_b")).isPresent();
    }

    @Test
    void purgeRemovesRecordsDetachedOrSavedBeforeTheCutoffs() {
        inWrite(tx -> tx.resumeRecords().save(List.of(
                record("gw_live", "n", 0, 1, T0.plusSeconds(100), null),
                record("gw_stale", "n", 0, 1, T0, null),
                record("gw_left_long_ago", "n", 0, 1, T0.plusSeconds(100), T0.plusSeconds(10)),
                record("gw_left_just_now", "n", 0, 1, T0.plusSeconds(100), T0.plusSeconds(90)))));

        int purged = write(tx -> tx.resumeRecords().purge(T0.plusSeconds(60), T0.plusSeconds(60), 100));

        assertThat(purged).isEqualTo(2);
        assertThat(committed().resumeRecords().find("gw_live")).isPresent();
        assertThat(committed().resumeRecords().find("gw_left_just_now")).isPresent();
        assertThat(committed().resumeRecords().find("gw_stale")).isEmpty();
        assertThat(committed().resumeRecords().find("gw_left_long_ago")).isEmpty();
    }
}
