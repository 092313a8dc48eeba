package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.SigningKeyStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The signing key contract on a fresh SQLite file per test. */
class SqliteSigningKeyStoreTest extends SigningKeyStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Storage openStorage() {
        return SqlStorage.sqlite(dir.resolve("parley.db"));
    }
}
