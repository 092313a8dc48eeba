package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.LastSeenStoreContract;

class MemoryLastSeenStoreTest extends LastSeenStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
