package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.MessageStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The message store contract on a fresh SQLite file per test. */
class SqliteMessageStoreTest extends MessageStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Storage openStorage() {
        return SqlStorage.sqlite(dir.resolve("parley.db"));
    }
}
