package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.MemberStoreContract;

/** The Member store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresMemberStoreTest extends MemberStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
