package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.SessionStoreContract;

/** The Session store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresSessionStoreTest extends SessionStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
