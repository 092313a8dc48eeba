package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.CommunityStoreContract;

class MemoryCommunityStoreTest extends CommunityStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
