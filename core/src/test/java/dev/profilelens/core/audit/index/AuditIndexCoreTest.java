package dev.profilelens.core.audit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.RequestBudget;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditIndexCoreTest {

    @Test
    void extractorExpandsTablePatternsAndTypesValues() {
        PathExtractor x = new PathExtractor(List.of("/MetaData/MetaTags/*", "/Data/Coins", "/Data/Absent"));
        List<IndexedValue> values = x.values(RobloxJson.parse("""
                {"Data":{"Coins":12.5},"MetaData":{"MetaTags":{"DataVersion":2,"Region":"EU","Vip":true,
                 "a/b":[1,2]}}}"""));
        assertThat(values).extracting(v -> v.path() + "|" + v.type().jsonName() + "|" + v.number() + "|" + v.text())
                .containsExactlyInAnyOrder("/Data/Coins|number|12.5|12.5",
                        "/MetaData/MetaTags/DataVersion|number|2.0|2",
                        "/MetaData/MetaTags/Region|string|null|EU",
                        "/MetaData/MetaTags/Vip|boolean|null|true",
                        "/MetaData/MetaTags/a~1b|table|null|[1,2]");
        assertThat(x.values(RobloxJson.parse("{\"MetaData\":{\"MetaTags\":[]}}"))).isEmpty();
    }

    /** The index reads stored values by the codec's rules: what the editor cannot read is corrupt here too. */
    @Test
    void extractorReadsByTheCodecsRules() {
        PathExtractor x = new PathExtractor(List.of("/Data/Coins"));
        String dup = "{\"Data\":{\"Coins\":1},\"MetaData\":{\"Skipped\":{\"a\":1,\"a\":2}}}";
        assertThat(x.extract(entry(dup)).kind()).isEqualTo(dev.profilelens.core.model.Kind.CORRUPT);
        assertThatThrownBy(() -> RobloxJson.parse(dup)).isInstanceOf(InvalidInputException.class);
        IndexedProfile negativeZero = x.extract(entry("{\"Data\":{\"Coins\":-0},\"MetaData\":[]}"));
        assertThat(negativeZero.values()).singleElement()
                .satisfies(v -> assertThat(1 / v.number()).isNegative());
    }

    private static StoredEntry entry(String json) {
        return new StoredEntry(EntryRef.of("S", "k"), json.getBytes(StandardCharsets.UTF_8), "v1", List.of(), "{}",
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void filterExpressionsParse() {
        List<IndexFilter> f = IndexFilters.parse(List.of("/A=1", "/B=EU", "/C=\"2\"", "/D=1..3", "/E=..0.5",
                "!/F"));
        assertThat(((IndexFilter.Equals) f.get(0)).number()).isEqualTo(1.0);
        assertThat(((IndexFilter.Equals) f.get(1)).number()).isNull();
        assertThat(((IndexFilter.Equals) f.get(2)).number()).isNull();
        assertThat(((IndexFilter.Equals) f.get(2)).text()).isEqualTo("2");
        assertThat(f.get(3)).isEqualTo(new IndexFilter.Range("/D", 1.0, 3.0));
        assertThat(f.get(4)).isEqualTo(new IndexFilter.Range("/E", null, 0.5));
        assertThat(f.get(5)).isEqualTo(new IndexFilter.Missing("/F"));
        for (String bad : List.of("DataVersion=1", "/A", "/A=x..y", "/A=..")) {
            assertThatThrownBy(() -> IndexFilters.parse(List.of(bad))).as(bad)
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    /** A clock that the pacer's sleeps move forward. */
    private static final class SleepClock extends Clock {
        long millis = 1_000_000;
        final List<Long> sleeps = new ArrayList<>();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        void sleep(Duration d) {
            sleeps.add(d.toMillis());
            millis += d.toMillis();
        }
    }

    private static RequestBudget budget(int perMinute, int remaining) {
        return new RequestBudget() {
            @Override
            public int limitPerMinute(Category category) {
                return perMinute;
            }

            @Override
            public int remaining(Category category) {
                return remaining;
            }
        };
    }

    @Test
    void pacedFeedStaysWithinItsShareOfTheBudget() {
        SleepClock clock = new SleepClock();
        InMemoryProfileSource src = new InMemoryProfileSource(clock);
        for (int i = 0; i < 10; i++) {
            src.write(new WriteRequest(EntryRef.of("S", "k" + i), "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                    List.of(), "{}", Precondition.none()));
        }
        RequestPacer pacer = new RequestPacer(budget(60, 60), 0.5, clock, clock::sleep);
        SourceScanFeed feed = new SourceScanFeed(src, new ScanSpec("S", null, "", List.of("/a")), pacer);
        long start = clock.millis();
        Page<StoredEntry> page = feed.page(null, 100);
        assertThat(page.items()).hasSize(10);
        // 30 reads/min allowed: 10 reads take at least 9 spacings of 2 s
        assertThat(clock.millis() - start).isEqualTo(18_000);
        assertThat(pacer.allowedPerMinute(RequestBudget.Category.READ)).isEqualTo(30);
    }

    @Test
    void anExhaustedBudgetWaitsAndNoBudgetNeverWaits() {
        SleepClock clock = new SleepClock();
        RequestPacer starved = new RequestPacer(budget(600, 0), 1, clock, clock::sleep);
        starved.acquire(RequestBudget.Category.READ);
        assertThat(clock.sleeps).containsExactly(100L);
        RequestPacer free = new RequestPacer(null, 1, clock, clock::sleep);
        for (int i = 0; i < 1000; i++) {
            free.acquire(RequestBudget.Category.READ);
        }
        assertThat(clock.sleeps).hasSize(1);
    }

    @Test
    void scanSpecRejectsBadPaths() {
        assertThatThrownBy(() -> new ScanSpec("S", null, "", List.of("MetaData/MetaTags")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("JSON Pointer");
        assertThatThrownBy(() -> new ScanSpec("S", null, "", List.of()))
                .isInstanceOf(InvalidInputException.class);
    }
}
