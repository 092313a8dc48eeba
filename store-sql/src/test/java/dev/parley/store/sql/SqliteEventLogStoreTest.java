package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.EventLogStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The event log contract on a fresh SQLite file per test. */
class SqliteEventLogStoreTest extends EventLogStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Storage openStorage() {
        return SqlStorage.sqlite(dir.resolve("parley.db"));
    }
}
