package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.ResumeRecordStoreContract;

class MemoryResumeRecordStoreTest extends ResumeRecordStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
