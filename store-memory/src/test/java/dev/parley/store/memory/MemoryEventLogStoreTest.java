package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.EventLogStoreContract;

class MemoryEventLogStoreTest extends EventLogStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
