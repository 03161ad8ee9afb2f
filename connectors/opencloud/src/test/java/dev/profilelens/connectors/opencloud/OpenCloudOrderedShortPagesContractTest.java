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

/** The ordered contract again with the emulator serving short and empty pages, as Roblox may. */
class OpenCloudOrderedShortPagesContractTest extends OrderedSourceContract {
    private static final AtomicInteger UNIVERSE = new AtomicInteger(700);
    private static EmulatorServer emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000).withShortPages(true));
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
