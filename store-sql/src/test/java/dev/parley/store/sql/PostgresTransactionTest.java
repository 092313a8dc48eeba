package dev.parley.store.sql;

import dev.parley.store.Storage;
import dev.parley.store.contract.TransactionContract;

/** The transaction contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresTransactionTest extends TransactionContract {
    @Override
    protected Storage openStorage() {
        return PostgresTestDatabase.emptyStorage();
    }
}
