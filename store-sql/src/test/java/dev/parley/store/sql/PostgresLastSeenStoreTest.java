package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.LastSeenStoreContract;

/** The last-seen store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresLastSeenStoreTest extends LastSeenStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
