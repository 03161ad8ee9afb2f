package dev.profilelens.core.ds2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.InMemoryOrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Addresses, request counts of the latest read, and the rules check. */
class Ds2ReaderTest {

    @Test
    void addressesParseWithTheLastSlashAndRefuseOtherForms() {
        assertThat(Ds2Address.parse("ds2:DATA/12345")).isEqualTo(new Ds2Address("DATA", 12345));
        assertThat(Ds2Address.parse("ds2:a/b/7")).isEqualTo(new Ds2Address("a/b", 7));
        assertThat(Ds2Address.parse("ds2:DATA/12345").backupStore()).isEqualTo("DATA/12345");
        for (String bad : new String[] {"DATA/1", "ds2:DATA", "ds2:/1", "ds2:DATA/x", "ds2:DATA/"}) {
            assertThatThrownBy(() -> Ds2Address.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("ds2:MASTER/USERID");
        }
        assertThat(Ds2Address.fromStoreName("DATA/12345")).contains(new Ds2Address("DATA", 12345));
        assertThat(Ds2Address.fromStoreName("PlayerData")).isEmpty();
    }

    @Test
    void latestOfFiveThousandBackupsIsOneOrderedListAndOneGet() {
        InMemoryProfileSource standard = new InMemoryProfileSource(Clock.systemUTC());
        InMemoryOrderedSource ordered = new InMemoryOrderedSource();
        Ds2Address a = new Ds2Address("DATA", 99);
        Ds2Places places = Ds2Places.of(a, "global");
        for (int n = 1; n <= 5000; n++) {
            ordered.create(new OrderedStoreRef("DATA/99", "global"), Integer.toString(n), n);
        }
        standard.write(new WriteRequest(new EntryRef("DATA/99", "global", "5000"),
                "{\"coins\":5000}".getBytes(StandardCharsets.UTF_8), List.of(99L), "{}", Precondition.none()));
        long before = ordered.requestCount();
        Ds2Reader.Backup b = new Ds2Reader(standard, ordered).latestBackup(places).orElseThrow();
        assertThat(b.n()).isEqualTo(5000);
        assertThat(new String(b.entry().value(), StandardCharsets.UTF_8)).isEqualTo("{\"coins\":5000}");
        assertThat(ordered.requestCount() - before).as("ordered lists").isEqualTo(1);
    }

    @Test
    void rulesFindMixedAndNonSequentialTablesWithTheirPath() {
        assertThat(Ds2Rules.check(dev.profilelens.core.codec.RobloxJson.parse("{\"a\":{\"1\":1,\"x\":2}}")))
                .hasValueSatisfying(b -> {
                    assertThat(b.problem()).contains("mixed");
                    assertThat(b.path()).isEqualTo("/a");
                });
        assertThat(Ds2Rules.check(dev.profilelens.core.codec.RobloxJson.parse("{\"1\":1,\"2\":2}"))).isEmpty();
        assertThat(Ds2Rules.check(dev.profilelens.core.codec.RobloxJson.parse("[{\"2\":1}]")))
                .hasValueSatisfying(b -> assertThat(b.path()).isEqualTo("/0"));
    }
}
