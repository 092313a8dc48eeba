package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.InviteStoreContract;

/** The Invite store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresInviteStoreTest extends InviteStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
