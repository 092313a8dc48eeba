package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.ChannelStoreContract;

/** The Channel store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresChannelStoreTest extends ChannelStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
