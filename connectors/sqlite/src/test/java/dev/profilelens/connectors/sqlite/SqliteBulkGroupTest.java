package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.connectors.sqlite.audit.SqliteAuditLog;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.ForwardingAuditLog;
import dev.profilelens.core.audit.AuditOutcome;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.bulk.BulkOptions;
import dev.profilelens.core.bulk.BulkRun;
import dev.profilelens.core.bulk.KeyPlan;
import dev.profilelens.core.bulk.KeySet;
import dev.profilelens.core.bulk.ValueFilter;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0230 on real SQLite files: a group of conditional writes in one transaction, the audit log's group records,
 * and a bulk run in groups while another connection (a game server) writes keys of the group being written.
 */
class SqliteBulkGroupTest {
    private static final int KEYS = 300;
    @TempDir
    Path dir;

    private static EntryRef ref(int i) {
        return new EntryRef("PlayerData", "global", "Player_" + i);
    }

    private static byte[] profile(int i, int coins, int dataVersion, boolean live) {
        return ("{\"Data\":{\"Coins\":" + coins + "},\"MetaData\":{\"ProfileCreateTime\":1,\"SessionLoadCount\":1,"
                + (live ? "\"ActiveSession\":[1818,\"job-1\"]," : "") + "\"MetaTags\":{\"DataVersion\":" + dataVersion
                + "},\"LastUpdate\":" + Instant.now().getEpochSecond() + "},\"RobloxMetaData\":[],\"UserIds\":[" + i
                + "],\"GlobalUpdates\":[0,[]]}").getBytes(StandardCharsets.UTF_8);
    }

    private static void put(SqliteProfileSource s, int i, int coins, int dataVersion, boolean live) {
        s.write(new WriteRequest(ref(i), profile(i, coins, dataVersion, live), List.of((long) i), "{}",
                Precondition.none()));
    }

    private static int coins(SqliteProfileSource s, int i) {
        return RobloxJson.parse(s.read(ref(i)).orElseThrow().value()).at("/Data/Coins").asInt();
    }

    @Test
    void aGroupWritesEachKeyOnItsOwnConditionInOneTransaction() {
        try (SqliteProfileSource s = SqliteProfileSource.open(dir.resolve("s.db"))) {
            put(s, 1, 10, 1, false);
            put(s, 2, 10, 1, false);
            String v1 = s.read(ref(1)).orElseThrow().version();
            List<Optional<WriteResult>> r = s.writeAll(List.of(
                    new WriteRequest(ref(1), profile(1, 11, 1, false), List.of(1L), "{}",
                            Precondition.matchVersion(v1)),
                    new WriteRequest(ref(2), profile(2, 99, 1, false), List.of(2L), "{}",
                            Precondition.matchVersion(v1)), // not Player_2's version: left as it is
                    new WriteRequest(ref(3), profile(3, 5, 1, false), List.of(3L), "{}", Precondition.mustNotExist())));
            assertThat(r.get(0)).isPresent();
            assertThat(r.get(1)).isEmpty();
            assertThat(r.get(2)).isPresent();
            assertThat(coins(s, 1)).isEqualTo(11);
            assertThat(coins(s, 2)).isEqualTo(10);
            assertThat(coins(s, 3)).isEqualTo(5);
            assertThat(s.read(ref(1)).orElseThrow().version()).isEqualTo(r.get(0).get().version());
            assertThat(s.read(ref(3)).orElseThrow().userIds()).containsExactly(3L);
        }
    }

    @Test
    void aGroupWithOneRefusedWriteWritesNothing() {
        try (SqliteProfileSource s = SqliteProfileSource.open(dir.resolve("s.db"))) {
            put(s, 1, 10, 1, false);
            byte[] tooBig = new byte[Limits.MAX_VALUE_BYTES + 1];
            assertThatThrownBy(() -> s.writeAll(List.of(
                    new WriteRequest(ref(1), profile(1, 11, 1, false), List.of(1L), "{}", Precondition.none()),
                    new WriteRequest(ref(2), tooBig, List.of(), "{}", Precondition.none()))))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(coins(s, 1)).isEqualTo(10);
            assertThat(s.read(ref(2))).isEmpty();
        }
    }

    @Test
    void theAuditLogRecordsAGroupsIntentsAndOutcomesTogether() {
        try (SqliteAuditLog log = new SqliteAuditLog(dir.resolve("audit.db"));
             SqliteAuditLog other = new SqliteAuditLog(dir.resolve("audit.db"))) {
            List<AuditEntry> entries = List.of(1, 2, 3).stream().map(i -> new AuditEntry(Instant.now(), "alice", "t",
                    "PlayerData", "global", "Player_" + i, "v" + i, "", "save",
                    RobloxJson.parse("[{\"op\":\"replace\",\"path\":\"/Data/Coins\",\"value\":" + i + "}]"), "r",
                    List.of(), AuditStatus.UNCONFIRMED, "", "", "")).toList();
            List<PendingWrite> pending = log.recordIntents(entries);
            assertThat(other.query(AuditQuery.newest(10))).hasSize(3)
                    .allSatisfy(e -> assertThat(e.status()).isEqualTo(AuditStatus.UNCONFIRMED));
            log.recordOutcomes(List.of(new AuditOutcome(pending.get(0), AuditStatus.DONE, "w1"),
                    new AuditOutcome(pending.get(1), AuditStatus.FAILED, ""),
                    new AuditOutcome(pending.get(2), AuditStatus.DONE, "w3")));
            other.close(); // its own connection: the first log goes on
            Map<String, AuditEntry> byKey = log.query(AuditQuery.newest(10)).stream()
                    .collect(Collectors.toMap(AuditEntry::key, e -> e));
            assertThat(byKey.get("Player_1").status()).isEqualTo(AuditStatus.DONE);
            assertThat(byKey.get("Player_1").versionAfter()).isEqualTo("w1");
            assertThat(byKey.get("Player_2").status()).isEqualTo(AuditStatus.FAILED);
            assertThat(byKey.get("Player_3").versionAfter()).isEqualTo("w3");
            assertThat(byKey.get("Player_3").patch().get(0).get("value").asInt()).isEqualTo(3);
            // an outcome for a write no longer unconfirmed: refused whole, nothing recorded
            assertThatThrownBy(() -> log.recordOutcomes(List.of(new AuditOutcome(pending.get(1), AuditStatus.DONE,
                    "x"))));
            assertThat(log.query(AuditQuery.newest(10))).filteredOn(e -> "x".equals(e.versionAfter())).isEmpty();
        }
    }

    @Test
    void aRunInGroupsNeverOverwritesAKeyAServerChangedAndLogsEveryWriteItMade() {
        Path file = dir.resolve("sandbox.db");
        try (SqliteProfileSource s = SqliteProfileSource.open(file);
             SqliteProfileSource server = SqliteProfileSource.open(file);
             SqliteAuditLog log = new SqliteAuditLog(dir.resolve("audit.db"))) {
            for (int i = 1; i <= KEYS; i++) {
                put(s, i, 100, 1, false);
            }
            // once the first group is planned (its intents logged), a game server on its own connection saves
            // Player_10 (more coins), migrates Player_100 (no longer DataVersion=1) and loads Player_101 (live)
            boolean[] raced = {false};
            AuditLog racing = new Racing(log, () -> {
                put(server, 10, 1000, 1, false);
                put(server, 100, 100, 3, false);
                put(server, 101, 100, 1, true);
            }, raced);
            List<EntryRef> keys = KeySet.prefix(s, "PlayerData", "global", "Player_").keys();
            List<Intent> gift = List.of(AddDelta.of("/Data/Coins", 5));
            BulkRun.Summary sum = new BulkRun(s, racing, Clock.systemUTC(), "alice", "sandbox",
                    dir.resolve("batches")).run(keys, r -> gift, ValueFilter.parse(List.of("DataVersion=1")),
                    new BulkOptions("gift", "t", false, BulkOptions.Live.SKIP, Duration.ZERO, Duration.ofMillis(50),
                            null), p -> { }, () -> false);
            assertThat(raced[0]).isTrue();
            assertThat(coins(s, 10)).as("the server's save kept, the gift applied on it").isEqualTo(1005);
            assertThat(coins(s, 100)).as("no longer matching: not written").isEqualTo(100);
            assertThat(coins(s, 101)).as("live: not written").isEqualTo(100);
            assertThat(sum.notMatching()).isEqualTo(1);
            assertThat(sum.count(KeyPlan.Plan.LIVE)).isEqualTo(1);
            assertThat(sum.count(KeyPlan.Plan.CHANGE)).isEqualTo(KEYS - 2);
            List<AuditEntry> entries = log.query(AuditQuery.newest(10_000).withBatch("gift"));
            assertThat(entries).noneMatch(e -> e.status() == AuditStatus.UNCONFIRMED);
            List<AuditEntry> done = entries.stream().filter(e -> e.status() == AuditStatus.DONE).toList();
            assertThat(done).hasSize(KEYS - 2);
            for (AuditEntry e : done) {
                StoredEntry now = s.read(new EntryRef("PlayerData", "global", e.key())).orElseThrow();
                assertThat(e.versionAfter()).as(e.key()).isEqualTo(now.version());
            }
            assertThat(entries).filteredOn(e -> e.status() == AuditStatus.FAILED).extracting(AuditEntry::key)
                    .containsExactlyInAnyOrder("Player_10", "Player_100", "Player_101");
        }
    }

    /** Runs {@code race} once, right after the first group's intents are recorded. */
    private static final class Racing extends ForwardingAuditLog {
        private final Runnable race;
        private final boolean[] raced;

        Racing(AuditLog d, Runnable race, boolean[] raced) {
            super(d);
            this.race = race;
            this.raced = raced;
        }

        @Override
        public List<PendingWrite> recordIntents(List<AuditEntry> entries) {
            List<PendingWrite> p = super.recordIntents(entries);
            if (!raced[0]) {
                raced[0] = true;
                race.run();
            }
            return p;
        }
    }
}
