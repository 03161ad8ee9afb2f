package dev.profilelens.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.SetTag;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #20 items 2–4: {@code --where} checked on the value each write is based on, revert of writes whose audit
 * entry stayed unconfirmed, the journal forced to the disk.
 */
class BulkRecheckTest {
    private static final String STORE = "PlayerData";
    private final Clock clock = Clock.systemUTC();
    private final InMemoryProfileSource source = new InMemoryProfileSource(clock);
    @TempDir
    Path dir;

    private static EntryRef ref(int i) {
        return new EntryRef(STORE, "global", "Player_" + i);
    }

    private void put(int i, int coins, int dataVersion) {
        String v = "{\"Data\":{\"Coins\":" + coins + "},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                + "\"MetaTags\":{\"DataVersion\":" + dataVersion + "},\"LastUpdate\":1},\"RobloxMetaData\":[],"
                + "\"UserIds\":[" + i + "],\"GlobalUpdates\":[0,[]]}";
        source.write(new WriteRequest(ref(i), RobloxJson.write(RobloxJson.parse(v)), List.of((long) i), "{}",
                Precondition.none()));
    }

    private JsonNode value(int i) {
        return RobloxJson.parse(source.read(ref(i)).orElseThrow().value());
    }

    private BulkOptions run(String batch) {
        return new BulkOptions(batch, "test", false, BulkOptions.Live.SKIP, Duration.ZERO, Duration.ofMillis(50),
                null);
    }

    private List<EntryRef> all() {
        return KeySet.prefix(source, STORE, "global", "Player_").keys();
    }

    @Test
    void aKeyThatStopsMatchingBetweenItsReadAndItsWriteIsNotMatchingAndNotWritten() {
        for (int i = 1; i <= 3; i++) {
            put(i, 10, 1);
        }
        ValueFilter where = ValueFilter.parse(List.of("DataVersion=1"));
        List<Intent> tag = List.of(SetTag.of("DataVersion",
                RobloxJson.nodes().numberNode(2)));
        BulkRun.Summary plan = new BulkRun(source, new InMemoryAuditLog(), clock, "alice", "t", dir)
                .run(all(), r -> tag, where, BulkOptions.dryRun("m", "migrate"), p -> { }, () -> false);
        assertThat(plan.count(KeyPlan.Plan.CHANGE)).isEqualTo(3);
        // a server migrates Player_2 itself (DataVersion 3) right after the run has read it for its write
        boolean[] raced = {false};
        var racing = new ForwardingProfileSource(source) {
            @Override
            public Optional<StoredEntry> read(EntryRef ref) {
                Optional<StoredEntry> e = delegate().read(ref);
                if (ref.equals(ref(2)) && !raced[0]) {
                    raced[0] = true;
                    put(2, 50, 3);
                }
                return e;
            }
        };
        List<KeyPlan> written = new ArrayList<>();
        BulkRun.Summary s = new BulkRun(racing, new InMemoryAuditLog(), clock, "alice", "t", dir)
                .run(all(), r -> tag, where, run("m"), written::add, () -> false);
        assertThat(raced[0]).isTrue();
        assertThat(s.count(KeyPlan.Plan.CHANGE)).isEqualTo(2);
        assertThat(s.notMatching()).isEqualTo(1);
        assertThat(written).extracting(KeyPlan::ref).containsExactly(ref(1), ref(3));
        assertThat(value(2).at("/MetaData/MetaTags/DataVersion").asInt()).as("the server's value, not ours")
                .isEqualTo(3);
        assertThat(value(2).at("/Data/Coins").asInt()).isEqualTo(50);
        assertThat(value(1).at("/MetaData/MetaTags/DataVersion").asInt()).isEqualTo(2);
    }

    @Test
    void aWriteWhoseAuditEntryStayedUnconfirmedIsRevertedWhenItLanded() {
        for (int i = 1; i <= 3; i++) {
            put(i, 100, 1);
        }
        InMemoryAuditLog log = new InMemoryAuditLog();
        AuditLog losingOutcome = new OutcomeLost(log, "Player_2");
        new BulkRun(source, losingOutcome, clock, "alice", "t", dir).run(all(), r -> List.of(AddDelta.of(
                "/Data/Coins", 5)), null, run("gift"), p -> { }, () -> false);
        assertThat(log.query(AuditQuery.newest(10).withBatch("gift"))).filteredOn(e -> e.status()
                == AuditStatus.UNCONFIRMED).extracting(AuditEntry::key).containsExactly("Player_2");
        assertThat(value(2).at("/Data/Coins").asInt()).isEqualTo(105);

        // reverted on another machine (no journal): the unconfirmed write is found in the store and undone
        BatchRevert revert = BatchRevert.plan(log, source, "gift", dir.resolve("not-here.journal"));
        assertThat(revert.keys()).containsExactlyInAnyOrder(ref(1), ref(2), ref(3));
        assertThat(revert.problems()).isEmpty();
        new BulkRun(source, log, clock, "alice", "t", dir).run(revert.keys(), revert::intents, null,
                run(BatchRevert.revertName("gift")), p -> { }, () -> false);
        for (int i = 1; i <= 3; i++) {
            assertThat(value(i).at("/Data/Coins").asInt()).isEqualTo(100);
        }
    }

    @Test
    void anUnconfirmedWriteThatDidNotLandIsNotReverted() {
        put(1, 100, 1);
        InMemoryAuditLog log = new InMemoryAuditLog();
        String before = source.read(ref(1)).orElseThrow().version();
        // the intent was recorded, then the process died before sending the write
        log.recordIntent(new AuditEntry(Instant.now(), "alice", "t", STORE, "global", "Player_1", before, "",
                "edit", RobloxJson.parse("[{\"op\":\"replace\",\"path\":\"/Data/Coins\",\"value\":105}]"), "x",
                List.of(), AuditStatus.UNCONFIRMED, "", "", "lost"));
        put(1, 100, 1); // a later save by a server: same coins, a new version
        BatchRevert revert = BatchRevert.plan(log, source, "lost", dir.resolve("none.journal"));
        assertThat(revert.keys()).isEmpty();
    }

    @Test
    void theJournalIsForcedToTheDiskOnceAGroupIsOldAndOnClose() throws Exception {
        Path file = dir.resolve("j.journal");
        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        try (BatchJournal j = BatchJournal.open(file, nanos::get)) {
            j.done(ref(1), "change");
            assertThat(j.unforced()).as("the first line is forced at once").isZero();
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(BatchJournal.FORCE_EVERY_MILLIS - 1));
            j.done(ref(2), "change");
            assertThat(j.unforced()).as("within the group window: not yet").isEqualTo(1);
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
            j.done(ref(3), "change");
            assertThat(j.unforced()).isZero();
            j.done(ref(4), "unchanged");
        }
        assertThat(Files.readAllLines(file)).hasSize(4);
        assertThat(BatchJournal.open(file).doneCount()).isEqualTo(4);
    }

    /** A log whose outcome record of one key fails (the entry stays unconfirmed). */
    private static final class OutcomeLost implements AuditLog {
        private final AuditLog delegate;
        private final String key;

        OutcomeLost(AuditLog delegate, String key) {
            this.delegate = delegate;
            this.key = key;
        }

        @Override
        public void record(AuditEntry entry) {
            delegate.record(entry);
        }

        @Override
        public PendingWrite recordIntent(AuditEntry entry) {
            return delegate.recordIntent(entry);
        }

        @Override
        public void recordOutcome(PendingWrite pending, AuditStatus outcome, String versionAfter) {
            if (pending.entry().key().equals(key)) {
                throw new IllegalStateException("the log went away");
            }
            delegate.recordOutcome(pending, outcome, versionAfter);
        }

        @Override
        public List<AuditEntry> query(@Nullable String k, @Nullable Instant since, int limit) {
            return delegate.query(k, since, limit);
        }

        @Override
        public List<AuditEntry> query(AuditQuery q) {
            return delegate.query(q);
        }
    }
}
