package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.CommunityStoreContract;

/** The Community store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresCommunityStoreTest extends CommunityStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
