package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.InviteStoreContract;

class MemoryInviteStoreTest extends InviteStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
