package dev.profilelens.core.ds2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ExtraVectors;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ordered.InMemoryOrderedSource;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every DataStore2 layout vector in vectors-extra/datastore2: stored entries in, the expected reading out. */
class Ds2VectorsTest {

    static Ds2Places places(JsonNode v, Ds2Address a) {
        JsonNode p = v.get("places");
        return p == null ? Ds2Places.of(a, "global")
                : Ds2Places.berezaa(a, p.get("storePattern").asText(), p.get("scopePattern").asText());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ob-combined", "ob-os-time-era", "ob-unindexed-206", "standard", "migrated-ambiguous",
        "migrated-declared", "rule-break", "berezaa-scope-userid", "missing"})
    void readingMatchesExpected(String name) {
        JsonNode v = ExtraVectors.json("datastore2/" + name + ".json");
        InMemoryProfileSource standard = new InMemoryProfileSource(Clock.fixed(Instant.ofEpochSecond(1_700_000_000L),
                ZoneOffset.UTC));
        InMemoryOrderedSource ordered = new InMemoryOrderedSource();
        for (JsonNode s : v.get("standard")) {
            standard.write(new WriteRequest(new EntryRef(s.get("store").asText(), s.path("scope").asText("global"),
                    s.get("key").asText()), RobloxJson.write(s.get("value")), List.of(), "{}", Precondition.none()));
        }
        for (JsonNode o : v.get("ordered")) {
            ordered.create(new OrderedStoreRef(o.get("store").asText(), o.path("scope").asText("global")),
                    o.get("key").asText(), o.get("value").asLong());
        }
        Ds2Address a = Ds2Address.parse(v.get("address").asText());
        Ds2Places places = places(v, a);
        Ds2Player p = new Ds2Reader(standard, ordered).read(a, places, Ds2Layout.parse(v.get("layout").asText()),
                true);
        JsonNode ex = v.get("expected");
        assertThat(p.layout().jsonName()).isEqualTo(ex.get("layout").asText());
        assertThat(p.latestBackup()).isEqualTo(ex.get("latestBackup").isNull() ? null
                : ex.get("latestBackup").asLong());
        JsonNode value = p.latest() == null ? RobloxJson.nodes().nullNode() : RobloxJson.parse(p.latest().value());
        assertThat(value).isEqualTo(ex.get("value"));
        if (ex.has("unindexed")) {
            JsonNode u = p.unindexed() == null ? RobloxJson.nodes().nullNode()
                    : RobloxJson.parse(p.unindexed().value());
            assertThat(u).isEqualTo(ex.get("unindexed"));
        }
        assertThat(p.readOnly() != null).as("read-only: %s", p.readOnly()).isEqualTo(ex.get("readOnly").asBoolean());
        if (ex.has("warning")) {
            assertThat(String.join(" ", p.warnings())).contains(ex.get("warning").asText());
        }
        if (ex.has("history")) {
            List<Long> got = Stream.of(new Ds2Reader(standard, ordered).history(places, null, 100).items())
                    .flatMap(List::stream).map(OrderedEntry::value).toList();
            List<Long> want = Stream.of(ex.get("history")).flatMap(h -> java.util.stream.StreamSupport
                    .stream(h.spliterator(), false)).map(JsonNode::asLong).toList();
            assertThat(got).isEqualTo(want);
        }
    }
}
