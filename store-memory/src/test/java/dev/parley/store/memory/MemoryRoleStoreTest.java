package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.RoleStoreContract;

class MemoryRoleStoreTest extends RoleStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
