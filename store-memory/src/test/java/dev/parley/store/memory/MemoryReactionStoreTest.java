package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.ReactionStoreContract;

class MemoryReactionStoreTest extends ReactionStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
