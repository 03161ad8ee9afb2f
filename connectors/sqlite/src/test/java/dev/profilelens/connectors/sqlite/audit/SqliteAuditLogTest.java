package dev.profilelens.connectors.sqlite.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.testsupport.store.TestProviders;
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
        AuditLog log = TestProviders.installed().openAuditLog(file);
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
    void theIntentsOfAWriteAreKeptWithTheirOldAndNewValuesAndOldFilesGainTheColumn() throws Exception {
        Path file = dir.resolve("old.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, os_user TEXT NOT "
                    + "NULL, connection TEXT NOT NULL, store TEXT NOT NULL, scope TEXT NOT NULL, entry_key TEXT NOT "
                    + "NULL, version_before TEXT, version_after TEXT NOT NULL, action TEXT NOT NULL, patch TEXT NOT "
                    + "NULL, reason TEXT NOT NULL)");
            s.execute("INSERT INTO audit_log VALUES (1, 500, 'bob', 'sandbox', 'PlayerData', 'global', 'Player_0', "
                    + "'v0', 'v1', 'save', '[]', 'before intents')");
        }
        AuditLog log = new SqliteAuditLog(file);
        log.record(new AuditEntry(Instant.ofEpochMilli(1000), "alice", "sandbox", "PlayerData", "global",
                "Player_1", "v1", "v2", "save", RobloxJson.parse("[]"), "ticket 1", List.of(
                        new dev.profilelens.core.audit.AuditChange("/Data/Coins", "+500", RobloxJson.parse("153608"),
                                RobloxJson.parse("154108")),
                        new dev.profilelens.core.audit.AuditChange("/Data/Items", "append \"Crown\"", null,
                                RobloxJson.parse("\"Crown\"")))));
        List<AuditEntry> all = new SqliteAuditLog(file).query(null, null, 10);
        assertThat(all.get(0).changes()).extracting(c -> c.path() + " " + c.intent() + " " + c.before() + " → "
                + c.after()).containsExactly("/Data/Coins +500 153608 → 154108",
                        "/Data/Items append \"Crown\" null → \"Crown\"");
        assertThat(all.get(1).changes()).as("a row from before intents has none").isEmpty();
    }
}
