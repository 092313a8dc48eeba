package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.SigningKeyStoreContract;

/** The signing key store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresSigningKeyStoreTest extends SigningKeyStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
