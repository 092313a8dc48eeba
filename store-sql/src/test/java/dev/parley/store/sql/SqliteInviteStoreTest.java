package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.InviteStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The invite store contract on a fresh SQLite file per test. */
class SqliteInviteStoreTest extends InviteStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Storage openStorage() {
        return SqlStorage.sqlite(dir.resolve("parley.db"));
    }
}
