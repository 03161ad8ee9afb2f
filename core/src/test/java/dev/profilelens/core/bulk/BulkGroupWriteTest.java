package dev.profilelens.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.ForwardingAuditLog;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.BatchWrites;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0230: a set larger than a group is written in groups (one transaction of the store, audit intents and outcomes
 * each recorded together). A key changed between its read and the group's write is never overwritten, every write
 * has its audit record with the version it made, and a group that fails leaves nothing claimed.
 */
class BulkGroupWriteTest {
    private static final String STORE = "PlayerData";
    private static final int KEYS = BulkRun.GROUP * 2 + 44;
    private final Clock clock = Clock.systemUTC();
    private final InMemoryProfileSource source = new InMemoryProfileSource(clock);
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final List<Intent> gift = List.of(AddDelta.of("/Data/Coins", 5));
    @TempDir
    Path dir;

    private static EntryRef ref(int i) {
        return new EntryRef(STORE, "global", "Player_" + i);
    }

    /** Every key a free profile with 100 coins. */
    private void putAllFree() {
        for (int i = 1; i <= KEYS; i++) {
            put(i, 100, false);
        }
    }

    private void put(int i, int coins, boolean live) {
        long now = clock.instant().getEpochSecond();
        String v = "{\"Data\":{\"Coins\":" + coins + "},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                + (live ? "\"ActiveSession\":[1818,\"job-1\"]," : "") + "\"MetaTags\":{\"DataVersion\":1},"
                + "\"LastUpdate\":" + now + "},\"RobloxMetaData\":[],\"UserIds\":[" + i + "],\"GlobalUpdates\":[0,[]]}";
        source.write(new WriteRequest(ref(i), RobloxJson.write(RobloxJson.parse(v)), List.of((long) i), "{}",
                Precondition.none()));
    }

    private int coins(int i) {
        JsonNode v = RobloxJson.parse(source.read(ref(i)).orElseThrow().value());
        return v.at("/Data/Coins").asInt();
    }

    private List<EntryRef> all() {
        return KeySet.prefix(source, STORE, "global", "Player_").keys();
    }

    private static BulkOptions run(String batch) {
        return new BulkOptions(batch, "test", false, BulkOptions.Live.SKIP, Duration.ZERO, Duration.ofMillis(50),
                null);
    }

    private List<AuditEntry> entries(String batch) {
        return log.query(AuditQuery.newest(10_000).withBatch(batch));
    }

    @Test
    void keysChangedBetweenTheirReadAndTheGroupWriteAreReadAgainNeverOverwritten() {
        putAllFree();
        // once the first group's intents are recorded (its keys read and planned), a server saves Player_10 (more
        // coins) and takes Player_100's session lock (both in the first group: the set is in key order); the
        // group's writes of both are conditional on what was read
        boolean[] raced = {false};
        AuditLog racing = new ForwardingAuditLog(log) {
            @Override
            public List<PendingWrite> recordIntents(List<AuditEntry> entries) {
                List<PendingWrite> p = super.recordIntents(entries);
                if (!raced[0]) {
                    raced[0] = true;
                    put(10, 1000, false);
                    put(100, 100, true);
                }
                return p;
            }
        };
        BulkRun.Summary s = new BulkRun(source, racing, clock, "alice", "t", dir).run(all(), r -> gift, null,
                run("gift"), p -> { }, () -> false);
        assertThat(raced[0]).isTrue();
        assertThat(coins(10)).as("the server's save kept, the gift applied on it").isEqualTo(1005);
        assertThat(coins(100)).as("live since it was read: not written").isEqualTo(100);
        assertThat(s.count(KeyPlan.Plan.LIVE)).isEqualTo(1);
        assertThat(s.count(KeyPlan.Plan.CHANGE)).isEqualTo(KEYS - 1);
        for (int i = 1; i <= KEYS; i++) {
            if (i != 10 && i != 100) {
                assertThat(coins(i)).as("Player_" + i).isEqualTo(105);
            }
        }
        Map<String, List<AuditStatus>> byKey = entries("gift").stream().collect(Collectors.groupingBy(
                AuditEntry::key, Collectors.mapping(AuditEntry::status, Collectors.toList())));
        assertThat(byKey.get("Player_10")).as("the group's lost write, then the one made on the new value")
                .containsExactlyInAnyOrder(AuditStatus.FAILED, AuditStatus.DONE);
        assertThat(byKey.get("Player_100")).containsExactly(AuditStatus.FAILED);
    }

    @Test
    void everyWriteOfAGroupHasItsAuditRecordWithTheVersionItMade() {
        putAllFree();
        List<KeyPlan> plans = new ArrayList<>();
        new BulkRun(source, log, clock, "alice", "t", dir).run(all(), r -> gift, null, run("g2"), plans::add,
                () -> false);
        assertThat(plans).hasSize(KEYS).allSatisfy(p -> {
            assertThat(p.plan()).isEqualTo(KeyPlan.Plan.CHANGE);
            assertThat(p.patch().toString()).isEqualTo("[{\"op\":\"replace\",\"path\":\"/Data/Coins\",\"value\":105}]");
            assertThat(p.changes()).singleElement().satisfies(c -> {
                assertThat(c.path()).isEqualTo("/Data/Coins");
                assertThat(String.valueOf(c.before()) + "->" + c.after()).isEqualTo("100->105");
            });
        });
        List<AuditEntry> done = entries("g2");
        assertThat(done).hasSize(KEYS).allSatisfy(e -> assertThat(e.status()).isEqualTo(AuditStatus.DONE));
        for (AuditEntry e : done) {
            EntryRef r = new EntryRef(STORE, "global", e.key());
            assertThat(e.versionAfter()).as(e.key()).isEqualTo(source.read(r).orElseThrow().version());
            assertThat(e.patch().toString()).contains("/Data/Coins");
        }
    }

    @Test
    void aGroupThatFailsClaimsNothingAndItsKeysAreWrittenOnceOnTheirOwn() {
        putAllFree();
        int[] groups = {0};
        ProfileSource failingOnce = new GroupSource(source) {
            @Override
            public List<Optional<WriteResult>> writeAll(List<WriteRequest> requests) {
                if (groups[0]++ == 0) {
                    throw new UnavailableException("the disk went away");
                }
                return source.writeAll(requests);
            }
        };
        BulkRun.Summary s = new BulkRun(failingOnce, log, clock, "alice", "t", dir).run(all(), r -> gift, null,
                run("g3"), p -> { }, () -> false);
        assertThat(groups[0]).isGreaterThan(1);
        assertThat(s.count(KeyPlan.Plan.CHANGE)).isEqualTo(KEYS);
        for (int i = 1; i <= KEYS; i++) {
            assertThat(coins(i)).as("Player_" + i + " gifted once").isEqualTo(105);
        }
        List<AuditEntry> entries = entries("g3");
        assertThat(entries).filteredOn(e -> e.status() == AuditStatus.FAILED).hasSize(BulkRun.GROUP);
        assertThat(entries).filteredOn(e -> e.status() == AuditStatus.DONE).hasSize(KEYS);
        assertThat(entries).noneMatch(e -> e.status() == AuditStatus.UNCONFIRMED);
    }

    @Test
    void aRunKilledAfterAGroupLandedResumesWithoutWritingAKeyTwice() {
        putAllFree();
        ProfileSource dying = new GroupSource(source) {
            @Override
            public List<Optional<WriteResult>> writeAll(List<WriteRequest> requests) {
                source.writeAll(requests);
                throw new ProcessDied(); // the group landed; no outcome, no done record
            }
        };
        try {
            new BulkRun(dying, log, clock, "alice", "t", dir).run(all(), r -> gift, null, run("g4"), p -> { },
                    () -> false);
        } catch (ProcessDied expected) {
            // killed right after the first group's transaction committed
        }
        BulkRun.Summary s = new BulkRun(source, log, clock, "alice", "t", dir).run(all(), r -> gift, null,
                run("g4"), p -> { }, () -> false);
        assertThat(s.settled()).isEqualTo(BulkRun.GROUP);
        assertThat(s.count(KeyPlan.Plan.CHANGE)).isEqualTo(KEYS);
        for (int i = 1; i <= KEYS; i++) {
            assertThat(coins(i)).as("Player_" + i + " gifted once").isEqualTo(105);
        }
    }

    @Test
    void everyIntentIsInTheLogBeforeItsGroupIsSentThoughTheNextGroupRecordsItsAhead() {
        putAllFree();
        List<String> unlogged = new ArrayList<>();
        ProfileSource checking = new GroupSource(source) {
            @Override
            public List<Optional<WriteResult>> writeAll(List<WriteRequest> requests) {
                Map<String, AuditStatus> now = entries("g6").stream().collect(Collectors.toMap(AuditEntry::key,
                        AuditEntry::status, (a, b) -> a));
                requests.stream().map(r -> r.ref().key()).filter(k -> now.get(k) != AuditStatus.UNCONFIRMED)
                        .forEach(unlogged::add);
                return source.writeAll(requests);
            }
        };
        new BulkRun(checking, log, clock, "alice", "t", dir).run(all(), r -> gift, null, run("g6"), p -> { },
                () -> false);
        assertThat(unlogged).as("keys sent before their intent was recorded").isEmpty();
        assertThat(entries("g6")).hasSize(KEYS).allSatisfy(e -> assertThat(e.status()).isEqualTo(AuditStatus.DONE));
    }

    @Test
    void aGroupPreparedAheadButNeverSentIsClosedAsFailedNotLeftUnconfirmed() {
        putAllFree();
        ProfileSource dying = new GroupSource(source) {
            @Override
            public List<Optional<WriteResult>> writeAll(List<WriteRequest> requests) {
                throw new ProcessDied(); // the first group stops the run; the next ones were prepared meanwhile
            }
        };
        try {
            new BulkRun(dying, log, clock, "alice", "t", dir).run(all(), r -> gift, null, run("g5"), p -> { },
                    () -> false);
        } catch (ProcessDied expected) {
            // the run stops with the first group
        }
        List<AuditEntry> e = entries("g5");
        assertThat(e).as("every group's intents were recorded: the first and those prepared ahead of it")
                .hasSize(KEYS);
        assertThat(e).allSatisfy(x -> assertThat(x.status()).isEqualTo(AuditStatus.FAILED));
        for (int i = 1; i <= KEYS; i++) {
            assertThat(coins(i)).as("Player_" + i + " not written").isEqualTo(100);
        }
    }

    /** Not an InspectorException: nothing catches it, as a killed process catches nothing. */
    private static final class ProcessDied extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The in-memory store behind a decorator that writes groups its own way (and is its own back end). */
    private abstract static class GroupSource extends ForwardingProfileSource implements BatchWrites {
        GroupSource(ProfileSource delegate) {
            super(delegate);
        }
    }
}
