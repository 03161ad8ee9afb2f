package dev.profilelens.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.SetTag;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk use case on an in-memory store: where, dry run, run, resume exactly once, live wait, revert. */
class BulkRunTest {
    private static final String STORE = "PlayerData";
    private final Clock clock = Clock.systemUTC();
    private final InMemoryProfileSource source = new InMemoryProfileSource(clock);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    @TempDir
    Path dir;

    private static EntryRef ref(int i) {
        return new EntryRef(STORE, "global", "Player_" + i);
    }

    private void put(int i, int coins, int dataVersion, boolean live) {
        long now = clock.instant().getEpochSecond();
        String v = "{\"Data\":{\"Coins\":" + coins + "},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                + (live ? "\"ActiveSession\":[1818,\"job-1\"]," : "") + "\"MetaTags\":{\"DataVersion\":" + dataVersion
                + "},\"LastUpdate\":" + now + "},\"RobloxMetaData\":[],\"UserIds\":[" + i
                + "],\"GlobalUpdates\":[0,[]]}";
        source.write(new WriteRequest(ref(i), RobloxJson.write(RobloxJson.parse(v)), List.of((long) i), "{}",
                Precondition.none()));
    }

    private JsonNode value(int i) {
        return RobloxJson.parse(source.read(ref(i)).orElseThrow().value());
    }

    private BulkRun bulk(ProfileSource s) {
        return new BulkRun(s, audit, clock, "alice", "test", dir);
    }

    private BulkOptions run(String batch, BulkOptions.Live live) {
        return new BulkOptions(batch, "test", false, live, Duration.ofSeconds(5), Duration.ofMillis(50), null);
    }

    private static final class Plans implements BulkRun.Listener {
        final List<KeyPlan> plans = new ArrayList<>();
        final List<BulkProgress> progress = new ArrayList<>();

        @Override
        public void key(KeyPlan plan) {
            plans.add(plan);
        }

        @Override
        public void progress(BulkProgress p) {
            progress.add(p);
        }
    }

    private List<EntryRef> all() {
        return KeySet.prefix(source, STORE, "global", "Player_").keys();
    }

    @Test
    void aDryRunCountsTheMatchingSetAndWritesNothing() {
        for (int i = 1; i <= 5; i++) {
            put(i, 10, i == 5 ? 2 : 1, i == 3);
        }
        Plans l = new Plans();
        BulkRun.Summary s = bulk(source).run(all(), r -> List.of(SetTag.of("DataVersion",
                RobloxJson.nodes().numberNode(2))), ValueFilter.parse(List.of("DataVersion=1")),
                BulkOptions.dryRun("d1", "migrate"), l, () -> false);
        assertThat(s.count(KeyPlan.Plan.CHANGE)).isEqualTo(3);
        assertThat(s.count(KeyPlan.Plan.LIVE)).isEqualTo(1);
        assertThat(s.notMatching()).isEqualTo(1);
        assertThat(l.plans).filteredOn(p -> p.plan() == KeyPlan.Plan.CHANGE)
                .allSatisfy(p -> assertThat(p.patch().toString()).contains("/MetaData/MetaTags/DataVersion"));
        assertThat(value(1).at("/MetaData/MetaTags/DataVersion").asInt()).isEqualTo(1);
        assertThat(audit.query(null, null, 100)).isEmpty();
        assertThat(l.progress).last().satisfies(p -> assertThat(p.done()).isEqualTo(5));
    }

    @Test
    void aCrashBetweenTheWriteAndItsRecordDoesNotApplyADeltaTwice() {
        for (int i = 1; i <= 4; i++) {
            put(i, 100, 1, false);
        }
        int[] writes = {0};
        ProfileSource dying = new ForwardingProfileSource(source) {
            @Override
            public WriteResult write(WriteRequest request) {
                WriteResult r = delegate().write(request);
                if (++writes[0] == 2) {
                    throw new ProcessDied();
                }
                return r;
            }
        };
        List<Intent> gift = List.of(AddDelta.of("/Data/Coins", 5));
        try {
            bulk(dying).run(all(), r -> gift, null, run("gift", BulkOptions.Live.SKIP), new Plans(), () -> false);
        } catch (ProcessDied expected) {
            // the process "died" right after the second write landed, before its done record
        }
        assertThat(value(2).at("/Data/Coins").asInt()).as("the second write landed").isEqualTo(105);
        assertThat(value(3).at("/Data/Coins").asInt()).isEqualTo(100);

        Plans l = new Plans();
        BulkRun.Summary s = bulk(source).run(all(), r -> gift, null, run("gift", BulkOptions.Live.SKIP), l,
                () -> false);
        assertThat(s.alreadyDone()).isEqualTo(1);
        assertThat(s.settled()).isEqualTo(1);
        assertThat(s.count(KeyPlan.Plan.CHANGE)).isEqualTo(3);
        for (int i = 1; i <= 4; i++) {
            assertThat(value(i).at("/Data/Coins").asInt()).as("Player_" + i + " gifted once").isEqualTo(105);
        }
        assertThat(audit.query(null, null, 100)).allSatisfy(e -> assertThat(e.batch()).isEqualTo("gift"));
    }

    @Test
    void liveProfilesAreWrittenOnceReleasedWhenWaiting() throws Exception {
        put(1, 10, 1, false);
        put(2, 10, 1, true);
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            put(2, 20, 1, false);
        });
        release.start();
        BulkRun.Summary s = bulk(source).run(all(), r -> List.of(AddDelta.of("/Data/Coins", 1)), null,
                run("w", BulkOptions.Live.WAIT), new Plans(), () -> false);
        release.join();
        assertThat(s.count(KeyPlan.Plan.CHANGE)).isEqualTo(2);
        assertThat(s.count(KeyPlan.Plan.LIVE)).isZero();
        assertThat(value(2).at("/Data/Coins").asInt()).as("applied to the value the server left").isEqualTo(21);
    }

    @Test
    void aCancelledRunStopsAndResumes() {
        for (int i = 1; i <= 5; i++) {
            put(i, 0, 1, false);
        }
        Plans first = new Plans();
        BulkRun.Summary s = bulk(source).run(all(), r -> List.of(AddDelta.of("/Data/Coins", 1)), null,
                run("c", BulkOptions.Live.SKIP), first, () -> first.plans.size() >= 2);
        assertThat(s.cancelled()).isTrue();
        assertThat(first.plans).hasSize(2);
        BulkRun.Summary again = bulk(source).run(all(), r -> List.of(AddDelta.of("/Data/Coins", 1)), null,
                run("c", BulkOptions.Live.SKIP), new Plans(), () -> false);
        assertThat(again.alreadyDone()).isEqualTo(2);
        assertThat(again.count(KeyPlan.Plan.CHANGE)).isEqualTo(3);
        for (int i = 1; i <= 5; i++) {
            assertThat(value(i).at("/Data/Coins").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aJqExpressionFailingOnSomeKeysReportsThemAndGoesOn() {
        put(1, 10, 1, false);
        source.write(new WriteRequest(ref(2), RobloxJson.write(RobloxJson.parse("{\"Data\":{\"Coins\":\"ten\"},"
                + "\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,\"MetaTags\":[],\"LastUpdate\":1},"
                + "\"RobloxMetaData\":[],\"UserIds\":[],\"GlobalUpdates\":[0,[]]}")), List.of(), "{}",
                Precondition.none()));
        put(3, 30, 1, false);
        Plans l = new Plans();
        BulkRun.Summary s = bulk(source).run(all(), r -> List.of(JqTransform.compile(".Data.Coins += 1", "--jq")
                .intent()), null, run("jq", BulkOptions.Live.SKIP), l, () -> false);
        assertThat(s.count(KeyPlan.Plan.CHANGE)).isEqualTo(2);
        assertThat(s.count(KeyPlan.Plan.INVALID)).isEqualTo(1);
        assertThat(l.plans).filteredOn(p -> p.plan() == KeyPlan.Plan.INVALID).singleElement()
                .satisfies(p -> {
                    assertThat(p.ref()).isEqualTo(ref(2));
                    assertThat(p.message()).contains("jq").contains("\"ten\"");
                });
        assertThat(value(3).at("/Data/Coins").asInt()).isEqualTo(31);
    }

    @Test
    void aRevertRestoresOnlyPathsStillHoldingTheBatchsValue() {
        put(1, 10, 1, false);
        put(2, 10, 1, false);
        bulk(source).run(all(), r -> List.of(AddDelta.of("/Data/Coins", 5), SetTag.of("DataVersion",
                RobloxJson.nodes().numberNode(2))), null, run("b", BulkOptions.Live.SKIP), new Plans(), () -> false);
        put(2, 99, 2, false); // a server changed Player_2's coins since (and kept the tag)
        BatchRevert revert = BatchRevert.plan(audit, source, "b", bulk(source).journalFile("b"));
        assertThat(revert.keys()).containsExactlyInAnyOrder(ref(1), ref(2));
        BatchRevert fromVersions = BatchRevert.plan(audit, source, "b", dir.resolve("elsewhere.journal"));
        assertThat(fromVersions.keys()).as("without the journal: from the versions").containsExactlyInAnyOrder(
                ref(1), ref(2));
        assertThat(fromVersions.problems()).isEmpty();
        BulkRun.Summary s = bulk(source).run(revert.keys(), revert::intents, null,
                run(BatchRevert.revertName("b"), BulkOptions.Live.SKIP), new Plans(), () -> false);
        assertThat(s.count(KeyPlan.Plan.CHANGE)).isEqualTo(2);
        assertThat(value(1).at("/Data/Coins").asInt()).isEqualTo(10);
        assertThat(value(1).at("/MetaData/MetaTags/DataVersion").asInt()).isEqualTo(1);
        assertThat(value(2).at("/Data/Coins").asInt()).as("changed since: left alone").isEqualTo(99);
        assertThat(value(2).at("/MetaData/MetaTags/DataVersion").asInt()).isEqualTo(1);
        assertThat(revert.skipped(ref(2))).singleElement().asString().contains("/Data/Coins");
    }

    /** Stands for the process being killed. */
    private static final class ProcessDied extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
