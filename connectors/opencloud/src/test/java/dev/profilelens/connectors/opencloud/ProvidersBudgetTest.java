package dev.profilelens.connectors.opencloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.provider.Providers;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProviderContext;
import dev.profilelens.core.store.RequestBudget;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request budget of a universe lives in the provider the composition root loaded once (ADR 0221), not in a
 * global: every source one registry opens for a universe shares it, another registry (another process) has its own.
 */
class ProvidersBudgetTest {
    private static final Map<String, String> OPTIONS = Map.of("apiKey", "k", "budget", "60");
    @TempDir
    Path home;

    @Test
    void sourcesOfOneUniverseFromOneRegistryShareABudgetAndAnotherRegistryHasItsOwn() {
        Providers one = Providers.installed(new ProviderContext(home, Clock.systemUTC()));
        Providers other = Providers.installed(new ProviderContext(home, Clock.systemUTC()));
        String spec = "opencloud:77@http://127.0.0.1:9";
        try (ProfileSource a = one.openSource(spec, OPTIONS);
             ProfileSource b = one.openSource(spec, OPTIONS);
             ProfileSource elsewhere = one.openSource("opencloud:78@http://127.0.0.1:9", OPTIONS);
             ProfileSource c = other.openSource(spec, OPTIONS)) {
            RequestBudget shared = a.capabilities().budget();
            assertThat(shared).isNotNull();
            assertThat(b.capabilities().budget()).isSameAs(shared);
            assertThat(elsewhere.capabilities().budget()).as("another universe").isNotSameAs(shared);
            assertThat(c.capabilities().budget()).as("another registry").isNotSameAs(shared);
        }
    }

    @Test
    void orderedStoresOfAUniverseShareTheirOwnBudgetFamily() {
        Providers one = Providers.installed(new ProviderContext(home, Clock.systemUTC()));
        String spec = "opencloud:77@http://127.0.0.1:9";
        try (OrderedSource a = one.openOrdered(spec, OPTIONS);
             OrderedSource b = one.openOrdered(spec, OPTIONS);
             ProfileSource standard = one.openSource(spec, OPTIONS)) {
            ClientBudget ordered = ((OpenCloudOrderedSource) a).budget();
            assertThat(((OpenCloudOrderedSource) b).budget()).isSameAs(ordered);
            assertThat(ordered).as("ordered stores have their own budget family").isNotSameAs(
                    standard.capabilities().budget());
        }
    }
}
