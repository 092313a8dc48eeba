package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.ChannelStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The channel store contract on a fresh SQLite file per test. */
class SqliteChannelStoreTest extends ChannelStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Storage openStorage() {
        return SqlStorage.sqlite(dir.resolve("parley.db"));
    }
}
