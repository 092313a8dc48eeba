package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.ResumeRecordStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The resume record contract on a fresh SQLite file per test. */
class SqliteResumeRecordStoreTest extends ResumeRecordStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Storage openStorage() {
        return SqlStorage.sqlite(dir.resolve("parley.db"));
    }
}
