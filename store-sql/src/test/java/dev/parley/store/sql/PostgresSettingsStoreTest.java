package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.SettingsStoreContract;

/** The Settings store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresSettingsStoreTest extends SettingsStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
