package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.MemberStoreContract;

class MemoryMemberStoreTest extends MemberStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
