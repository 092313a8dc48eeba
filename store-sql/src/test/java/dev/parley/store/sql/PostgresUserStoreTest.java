package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.UserStoreContract;

/** The User store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresUserStoreTest extends UserStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
