package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.RoleStoreContract;

/** The Role store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresRoleStoreTest extends RoleStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
