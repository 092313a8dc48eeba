package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.EventLogStoreContract;

/** The event log store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresEventLogStoreTest extends EventLogStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
