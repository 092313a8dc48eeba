package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.ConversationStoreContract;

class MemoryConversationStoreTest extends ConversationStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
