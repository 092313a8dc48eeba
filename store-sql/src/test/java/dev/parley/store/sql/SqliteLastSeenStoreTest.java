package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.LastSeenStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The last-seen contract on a fresh SQLite file per test. */
class SqliteLastSeenStoreTest extends LastSeenStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Storage openStorage() {
        return SqlStorage.sqlite(dir.resolve("parley.db"));
    }
}
