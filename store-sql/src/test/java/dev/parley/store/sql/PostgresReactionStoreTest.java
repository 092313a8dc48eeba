package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.ReactionStoreContract;

/** The Reaction store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresReactionStoreTest extends ReactionStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
