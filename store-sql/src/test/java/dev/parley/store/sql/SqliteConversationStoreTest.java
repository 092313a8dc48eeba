package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.ConversationStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The conversation store contract on a fresh SQLite file per test. */
class SqliteConversationStoreTest extends ConversationStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Storage openStorage() {
        return SqlStorage.sqlite(dir.resolve("parley.db"));
    }
}
