package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.SettingsStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The settings store contract on a fresh SQLite file per test. */
class SqliteSettingsStoreTest extends SettingsStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Storage openStorage() {
        return SqlStorage.sqlite(dir.resolve("parley.db"));
    }
}
