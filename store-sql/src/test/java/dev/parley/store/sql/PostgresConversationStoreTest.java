package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.ConversationStoreContract;

/** The Conversation store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresConversationStoreTest extends ConversationStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
