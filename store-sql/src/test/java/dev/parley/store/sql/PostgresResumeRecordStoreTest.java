package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.ResumeRecordStoreContract;

/** The resume record store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresResumeRecordStoreTest extends ResumeRecordStoreContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
