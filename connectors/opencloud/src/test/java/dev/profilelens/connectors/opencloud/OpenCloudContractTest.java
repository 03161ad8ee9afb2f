package dev.profilelens.connectors.opencloud;

import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.testsupport.store.ProfileSourceContract;
import dev.profilelens.testsupport.store.TestProviders;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared store contract, through the Open Cloud client, against the emulator over real HTTP on loopback. */
class OpenCloudContractTest extends ProfileSourceContract {
    private static final AtomicInteger UNIVERSE = new AtomicInteger(100);
    private static EmulatorServer emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000).withKeepAllVersions(true));
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Override
    protected ProfileSource newSource() {
        return TestProviders.installed().openSource("opencloud:" + UNIVERSE.incrementAndGet(
                ) + "@" + emulator.baseUrl(),
                Map.of("apiKey", "dev-key", "budget", "100000", "v1Budget", "100000"));
    }
}
