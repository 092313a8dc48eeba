package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.TransactionContract;

class MemoryTransactionTest extends TransactionContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
