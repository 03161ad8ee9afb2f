package dev.profilelens.connectors.sqlite.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.audit.AuditChange;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditLogProvider;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.codec.RobloxJson;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAuditLogTest {
    @TempDir
    Path dir;

    private static AuditEntry entry(long t, String key, String reason) {
        return new AuditEntry(Instant.ofEpochMilli(t), "alice", "sandbox", "PlayerData", "global", key, "v1", "v2",
                "save", RobloxJson.parse("[{\"op\":\"replace\",\"path\":\"/Data/Coins\",\"value\":5}]"), reason);
    }

    @Test
    void entriesSurviveReopeningAndQueryNewestFirstByKeyAndTime() {
        Path file = dir.resolve("sub/audit.db");
        AuditLog log = AuditLogProvider.openDefault(file);
        log.record(entry(1000, "Player_1", "refund"));
        log.record(entry(2000, "Player_2", "restore sword"));
        log.record(entry(3000, "Player_1", "second fix"));

        AuditLog reopened = new SqliteAuditLog(file);
        List<AuditEntry> all = reopened.query(null, null, 10);
        assertThat(all).extracting(AuditEntry::reason).containsExactly("second fix", "restore sword", "refund");
        assertThat(reopened.query("Player_1", null, 10)).extracting(AuditEntry::reason)
                .containsExactly("second fix", "refund");
        assertThat(reopened.query(null, Instant.ofEpochMilli(2000), 10)).hasSize(2);
        assertThat(reopened.query(null, null, 1)).hasSize(1);
        AuditEntry first = all.get(2);
        assertThat(first.patch().get(0).get("path").asText()).isEqualTo("/Data/Coins");
        assertThat(first.versionBefore()).isEqualTo("v1");
        assertThat(first.user()).isEqualTo("alice");
    }

    @Test
    void theIntentsOfAWriteWithTheirOldAndNewValuesSurviveTheTwoStepRecording() {
        AuditLog log = new SqliteAuditLog(dir.resolve("audit.db"));
        AuditEntry e = new AuditEntry(Instant.ofEpochMilli(5000), "ana", "sandbox", "PlayerData", "global",
                "Player_9", "v1", "v2", "restore", RobloxJson.parse("[]"), "ticket", List.of(
                        new AuditChange("/Data/Coins", "set 109191", RobloxJson.parse("109995"),
                                RobloxJson.parse("109191")),
                        new AuditChange("/Data/Hat", "remove", RobloxJson.parse("\"Crown\""), null)));
        log.recordOutcome(log.recordIntent(e), AuditStatus.DONE, "v2");
        AuditEntry read = new SqliteAuditLog(dir.resolve("audit.db")).query("Player_9", null, 1).get(0);
        assertThat(read.changes()).containsExactlyElementsOf(e.changes());
        assertThat(read.status()).isEqualTo(AuditStatus.DONE);
    }
}
