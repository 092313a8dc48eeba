package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.MessageStoreContract;

/** The Message store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresMessageStoreTest extends MessageStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
