package dev.profilelens.connectors.opencloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.testsupport.store.Ds2WriteContract;
import dev.profilelens.testsupport.store.TestProviders;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DataStore2 writes through the Open Cloud clients (standard v1 exclusive create, ordered v2 create with the store
 * name {@code DATA/12345} percent-encoded in the path) against the emulator over real HTTP on loopback.
 */
class Ds2WriteOverHttpTest extends Ds2WriteContract {
    private static final AtomicInteger UNIVERSE = new AtomicInteger(900);
    private static EmulatorServer emulator;
    private String spec;

    @BeforeAll
    static void startEmulator() {
        emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(100_000));
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Override
    protected ProfileSource newStandard() {
        spec = "opencloud:" + UNIVERSE.incrementAndGet() + "@" + emulator.baseUrl();
        return TestProviders.installed().openSource(spec, Map.of("apiKey", "dev-key", "budget", "100000", "v1Budget",
                "100000"));
    }

    @Override
    protected OrderedSource newOrdered() {
        return TestProviders.installed().openOrdered(spec, Map.of("apiKey", "dev-key", "budget", "100000"));
    }

    @Test
    void theStoreNameWithASlashIsOneStoreOnTheServer() {
        // listing standard stores shows DATA/12345 as one store, as Roblox's batch processor expects
        assertThat(standard.listDataStores("DATA/", null, 10).items()).extracting(s -> s.name())
                .containsExactly("DATA/12345");
    }
}
