package dev.parley.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.memory.MemoryStorage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing key of a cluster lives in the database: every node gets the one the first node
 * stored, importing that node's file when it had one, whatever files the others hold.
 */
class SigningKeyTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-22T10:00:00Z"));
    private final MemoryStorage storage = new MemoryStorage();

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void nodesWithoutFilesShareTheKeyTheFirstOneStored() {
        var one = SigningKey.shared(storage, first, CLOCK);
        var two = SigningKey.shared(storage, second, CLOCK);

        assertThat(one.isPrivate()).isTrue();
        assertThat(two).isEqualTo(one);
        java.util.Optional<String> stored = storage.read(tx -> tx.signingKeys().current());
        assertThat(stored).contains(one.toJSONString());
    }

    @Test
    void theFirstNodesFileIsImportedSoTokensItSignedStayValid() {
        var fromFile = SigningKey.loadOrCreate(first);

        assertThat(SigningKey.shared(storage, first, CLOCK)).isEqualTo(fromFile);
        assertThat(SigningKey.shared(storage, second, CLOCK)).isEqualTo(fromFile);
    }

    @Test
    void aNodeWhoseFileDiffersUsesTheStoredKey() {
        var stored = SigningKey.shared(storage, first, CLOCK);
        var otherFile = SigningKey.loadOrCreate(second);

        var used = SigningKey.shared(storage, second, CLOCK);

        assertThat(otherFile).isNotEqualTo(stored);
        assertThat(used).isEqualTo(stored);
    }
}
