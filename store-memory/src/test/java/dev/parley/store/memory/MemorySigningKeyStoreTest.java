package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.SigningKeyStoreContract;

class MemorySigningKeyStoreTest extends SigningKeyStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
