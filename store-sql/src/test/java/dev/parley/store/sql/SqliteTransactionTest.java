package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.TransactionContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The transaction contract on a fresh SQLite file per test. */
class SqliteTransactionTest extends TransactionContract {
    @TempDir
    Path dir;

    @Override
    protected Storage openStorage() {
        return SqlStorage.sqlite(dir.resolve("parley.db"));
    }
}
