package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.ReadStateStoreContract;

/** The read-state store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresReadStateStoreTest extends ReadStateStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
