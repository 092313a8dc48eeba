package dev.parley.bus.nats;

import dev.parley.bus.Bus;
import dev.parley.bus.BusContract;
import java.util.UUID;

/** The bus contract, on the machine's NATS server; each test on subjects of its own. */
class NatsBusTest extends BusContract {
    @Override
    protected Bus openBus() {
        return NatsBus.connect(new NatsBusConfig(LocalNats.url(), "parley-test-" + UUID.randomUUID().toString().replace("-", ""), "a"));
    }
}
