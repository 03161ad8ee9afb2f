package dev.profilelens.connectors.opencloud;

import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.testsupport.store.OrderedSourceContract;
import dev.profilelens.testsupport.store.TestProviders;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The ordered store contract through the Open Cloud client against the emulator over real HTTP on loopback. */
class OpenCloudOrderedContractTest extends OrderedSourceContract {
    private static final AtomicInteger UNIVERSE = new AtomicInteger(500);
    private static EmulatorServer emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000));
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Override
    protected OrderedSource newSource() {
        return TestProviders.installed().openOrdered("opencloud:" + UNIVERSE.incrementAndGet(
                ) + "@" + emulator.baseUrl(),
                Map.of("apiKey", "dev-key", "budget", "100000"));
    }
}
