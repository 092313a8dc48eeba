package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.ChannelStoreContract;

class MemoryChannelStoreTest extends ChannelStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
