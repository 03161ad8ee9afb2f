package dev.profilelens.testsupport.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.PendingWrite;
import dev.profilelens.core.codec.RobloxJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} that records writes in two steps must do. A connector's test extends this class;
 * {@link #newLog()} returns an empty log, {@link #reopen()} a second handle on the same log (as another process or a
 * restarted app would open it).
 */
public abstract class AuditLogContract {
    /** A fresh, empty log. Called once per test. */
    protected abstract AuditLog newLog() throws Exception;

    /** Another handle on the log {@link #newLog()} returned last. */
    protected abstract AuditLog reopen() throws Exception;

    protected static AuditEntry entry(long millis, String user, String key, String reason) {
        return new AuditEntry(Instant.ofEpochMilli(millis), user, "sandbox", "PlayerData", "global", key, "v1", "v2",
                "save", RobloxJson.parse("[{\"op\":\"replace\",\"path\":\"/Data/Coins\",\"value\":5}]"), reason);
    }

    @Test
    void recordedWritesComeBackNewestFirstFilteredByKeyTimeAndLimit() throws Exception {
        AuditLog log = newLog();
        log.record(entry(1000, "alice", "Player_1", "refund"));
        log.record(entry(2000, "bob", "Player_2", "restore sword"));
        log.record(entry(3000, "alice", "Player_1", "second fix"));

        AuditLog other = reopen();
        List<AuditEntry> all = other.query(null, null, 10);
        assertThat(all).extracting(AuditEntry::reason).containsExactly("second fix", "restore sword", "refund");
        assertThat(all).extracting(AuditEntry::status).containsOnly(AuditStatus.DONE);
        assertThat(other.query("Player_1", null, 10)).extracting(AuditEntry::reason)
                .containsExactly("second fix", "refund");
        assertThat(other.query(null, Instant.ofEpochMilli(2000), 10)).hasSize(2);
        assertThat(other.query(null, null, 1)).extracting(AuditEntry::reason).containsExactly("second fix");
        AuditEntry first = all.get(2);
        assertThat(first.patch().get(0).get("path").asText()).isEqualTo("/Data/Coins");
        assertThat(first.patch().get(0).get("value").asInt()).isEqualTo(5);
        assertThat(first.versionBefore()).isEqualTo("v1");
        assertThat(first.versionAfter()).isEqualTo("v2");
        assertThat(first.time()).isEqualTo(Instant.ofEpochMilli(1000));
    }

    @Test
    void filtersByPersonBatchAndTimeWindow() throws Exception {
        AuditLog log = newLog();
        log.record(entry(1000, "alice", "Player_1", "a").withTeam("Alice A.", "123", "refund-wave"));
        log.record(entry(2000, "bob", "Player_2", "b").withTeam("Bob B.", "123", ""));
        log.record(entry(3000, "alice", "Player_3", "c").withTeam("Alice A.", "123", "refund-wave"));
        log.record(entry(4000, "bob", "Player_1", "d").withTeam("Bob B.", "123", "refund-wave"));

        assertThat(log.query(AuditQuery.newest(10).withUser("alice"))).extracting(AuditEntry::reason)
                .containsExactly("c", "a");
        assertThat(log.query(AuditQuery.newest(10).withUser("Bob B."))).extracting(AuditEntry::reason)
                .containsExactly("d", "b");
        assertThat(log.query(AuditQuery.newest(10).withBatch("refund-wave"))).extracting(AuditEntry::reason)
                .containsExactly("d", "c", "a");
        assertThat(log.query(AuditQuery.newest(10).withSince(Instant.ofEpochMilli(2000))
                .withUntil(Instant.ofEpochMilli(4000)))).extracting(AuditEntry::reason).containsExactly("c", "b");
        assertThat(log.query(AuditQuery.newest(10).withKey("Player_1").withUser("bob")))
                .extracting(AuditEntry::reason).containsExactly("d");
        AuditEntry a = log.query(AuditQuery.newest(10).withUser("alice")).get(1);
        assertThat(a.displayName()).isEqualTo("Alice A.");
        assertThat(a.universe()).isEqualTo("123");
        assertThat(a.batch()).isEqualTo("refund-wave");
    }

    @Test
    void anIntentIsVisibleAsUnconfirmedUntilItsOutcomeIsRecorded() throws Exception {
        AuditLog log = newLog();
        PendingWrite done = log.recordIntent(entry(1000, "alice", "Player_1", "will succeed"));
        PendingWrite failed = log.recordIntent(entry(2000, "alice", "Player_2", "will conflict"));
        PendingWrite lost = log.recordIntent(entry(3000, "alice", "Player_3", "process died"));

        assertThat(reopen().query(null, null, 10)).extracting(AuditEntry::status)
                .containsExactly(AuditStatus.UNCONFIRMED, AuditStatus.UNCONFIRMED, AuditStatus.UNCONFIRMED);
        assertThat(reopen().query("Player_1", null, 10).get(0).versionAfter()).isEmpty();

        log.recordOutcome(done, AuditStatus.DONE, "v7");
        log.recordOutcome(failed, AuditStatus.FAILED, "");

        List<AuditEntry> after = reopen().query(null, null, 10);
        assertThat(after).extracting(AuditEntry::reason)
                .containsExactly("process died", "will conflict", "will succeed");
        assertThat(after).extracting(AuditEntry::status)
                .containsExactly(AuditStatus.UNCONFIRMED, AuditStatus.FAILED, AuditStatus.DONE);
        assertThat(after.get(2).versionAfter()).isEqualTo("v7");
        assertThat(after.get(2).patch()).isEqualTo(done.entry().patch());
        assertThat(lost.entry().status()).isEqualTo(AuditStatus.UNCONFIRMED);
    }

    @Test
    void anOutcomeIsRecordedOnlyOnce() throws Exception {
        AuditLog log = newLog();
        PendingWrite p = log.recordIntent(entry(1000, "alice", "Player_1", "once"));
        log.recordOutcome(p, AuditStatus.DONE, "v2");
        assertThatThrownBy(() -> log.recordOutcome(p, AuditStatus.FAILED, ""))
                .isInstanceOf(RuntimeException.class);
        assertThat(log.query(null, null, 10)).singleElement().extracting(AuditEntry::status)
                .isEqualTo(AuditStatus.DONE);
    }

    @Test
    void concurrentWritersLoseNoEntry() throws Exception {
        AuditLog log = newLog();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        PendingWrite p = log.recordIntent(entry(1000 + i, "u" + thread, "Player_" + thread,
                                thread + ":" + i));
                        log.recordOutcome(p, AuditStatus.DONE, "v" + i);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<AuditEntry> all = reopen().query(null, null, 1000);
        Set<String> reasons = new HashSet<>();
        all.forEach(e -> reasons.add(e.reason()));
        assertThat(all).hasSize(100).extracting(AuditEntry::status).containsOnly(AuditStatus.DONE);
        assertThat(reasons).hasSize(100);
        for (int t = 0; t < 4; t++) {
            List<String> mine = reopen().query("Player_" + t, null, 100).stream().map(AuditEntry::reason).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 24; i >= 0; i--) {
                expected.add(t + ":" + i);
            }
            assertThat(mine).as("writes to Player_" + t + " newest first").isEqualTo(expected);
        }
    }
}
