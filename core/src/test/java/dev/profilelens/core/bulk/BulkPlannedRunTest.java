package dev.profilelens.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.RequestBudget;
import dev.profilelens.core.store.SourceCapabilities;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0231: against a store with a request budget, the run of an approved dry run takes the values the dry run read
 * as its first reads. Keys the plan shows live or not matching cost no request; a key it would change is written
 * conditionally on the version the dry run read, and only a key changed since is read again (and never
 * overwritten).
 */
class BulkPlannedRunTest {
    private static final String STORE = "PlayerData";
    private final Clock clock = Clock.systemUTC();
    private final InMemoryProfileSource store = new InMemoryProfileSource(clock);
    private final List<EntryRef> reads = new ArrayList<>();
    private final ForwardingProfileSource cloud = new ForwardingProfileSource(store) {
        @Override
        public SourceCapabilities capabilities() {
            return new SourceCapabilities(false, true, new RequestBudget() {
                @Override
                public int limitPerMinute(Category category) {
                    return 1_000_000;
                }

                @Override
                public int remaining(Category category) {
                    return 1_000_000;
                }
            });
        }

        @Override
        public Optional<StoredEntry> read(EntryRef ref) {
            reads.add(ref);
            return super.read(ref);
        }
    };
    private final List<Intent> gift = List.of(AddDelta.of("/Data/Coins", 5));
    private final ValueFilter where = ValueFilter.parse(List.of("DataVersion=1"));
    @TempDir
    Path dir;

    private static EntryRef ref(int i) {
        return new EntryRef(STORE, "global", "Player_" + i);
    }

    private void put(int i, int coins, int dataVersion, boolean live) {
        String v = "{\"Data\":{\"Coins\":" + coins + "},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                + (live ? "\"ActiveSession\":[1818,\"job-1\"]," : "") + "\"MetaTags\":{\"DataVersion\":" + dataVersion
                + "},\"LastUpdate\":" + clock.instant().getEpochSecond() + "},\"RobloxMetaData\":[],\"UserIds\":["
                + i + "],\"GlobalUpdates\":[0,[]]}";
        store.write(new WriteRequest(ref(i), RobloxJson.write(RobloxJson.parse(v)), List.of((long) i), "{}",
                Precondition.none()));
    }

    private int coins(int i) {
        return RobloxJson.parse(store.read(ref(i)).orElseThrow().value()).at("/Data/Coins").asInt();
    }

    private BulkRun bulk() {
        return new BulkRun(cloud, new InMemoryAuditLog(), clock, "alice", "t", dir);
    }

    private static BulkOptions run() {
        return new BulkOptions("gift", "t", false, BulkOptions.Live.SKIP, Duration.ZERO, Duration.ofMillis(50), null);
    }

    private void seed() {
        for (int i = 1; i <= 3; i++) {
            put(i, 100, 1, false);
        }
        put(4, 100, 1, true); // live
        put(5, 100, 2, false); // not matching
    }

    @Test
    void theRunReadsOnlyWhatChangedSinceItsDryRunAndNeverOverwritesIt() {
        seed();
        List<EntryRef> keys = List.of(ref(1), ref(2), ref(3), ref(4), ref(5));
        BulkRun.Summary plan = bulk().run(keys, r -> gift, where, BulkOptions.dryRun("gift", "t"), p -> { },
                () -> false);
        assertThat(plan.count(KeyPlan.Plan.CHANGE)).isEqualTo(3);
        assertThat(reads).hasSize(5);
        put(2, 1000, 1, false); // a server saves Player_2 after the dry run
        reads.clear();

        BulkRun.Summary s = bulk().run(keys, r -> gift, where, run(), p -> { }, () -> false);
        assertThat(reads).as("only the key changed since the dry run is read").containsExactly(ref(2));
        assertThat(coins(1)).isEqualTo(105);
        assertThat(coins(2)).as("the server's save kept, the gift applied on it").isEqualTo(1005);
        assertThat(coins(3)).isEqualTo(105);
        assertThat(coins(4)).as("live: not written").isEqualTo(100);
        assertThat(coins(5)).as("not matching: not written").isEqualTo(100);
        assertThat(s.count(KeyPlan.Plan.CHANGE)).isEqualTo(3);
        assertThat(s.count(KeyPlan.Plan.LIVE)).isEqualTo(1);
        assertThat(s.notMatching()).isEqualTo(1);
    }

    @Test
    void withoutARecentPlanEveryKeyIsRead() throws Exception {
        seed();
        List<EntryRef> keys = List.of(ref(1), ref(2), ref(3), ref(4), ref(5));
        bulk().run(keys, r -> gift, where, BulkOptions.dryRun("gift", "t"), p -> { }, () -> false);
        Path plan = bulk().planFile("gift");
        Files.setLastModifiedTime(plan, FileTime.from(Instant.now().minus(PlannedValues.MAX_AGE).minusSeconds(60)));
        reads.clear();
        bulk().run(keys, r -> gift, where, run(), p -> { }, () -> false);
        assertThat(reads).hasSize(5);
        assertThat(coins(1)).isEqualTo(105);
    }
}
