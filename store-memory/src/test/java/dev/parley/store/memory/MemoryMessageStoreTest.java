package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.MessageStoreContract;

class MemoryMessageStoreTest extends MessageStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
