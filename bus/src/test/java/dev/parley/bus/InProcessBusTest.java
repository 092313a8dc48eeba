package dev.parley.bus;

class InProcessBusTest extends BusContract {
    @Override
    protected Bus openBus() {
        return new InProcessBus();
    }
}
