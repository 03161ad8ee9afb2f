package dev.profilelens.app.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way of recording into the team log signs the entry with the person's display name. */
class AuthoredAuditLogTest {
    private static AuditEntry entry(String key, String displayName) {
        return new AuditEntry(Instant.EPOCH, "os-user", "t", "PlayerData", "global", key, null, "", "edit",
                RobloxJson.nodes().arrayNode(), "why", List.of(), AuditStatus.UNCONFIRMED, displayName, "", "");
    }

    @Test
    void singleAndGroupedIntentsAndRecordsAreSigned() {
        InMemoryAuditLog log = new InMemoryAuditLog();
        AuthoredAuditLog authored = new AuthoredAuditLog(log, "Alice", "test");
        authored.record(entry("a", ""));
        authored.recordIntent(entry("b", ""));
        authored.recordIntents(List.of(entry("c", ""), entry("d", "Bob")));
        List<AuditEntry> all = log.query(AuditQuery.newest(10));
        assertThat(all).hasSize(4);
        assertThat(all).filteredOn(e -> !e.key().equals("d")).allSatisfy(e ->
                assertThat(e.displayName()).as(e.key()).isEqualTo("Alice"));
        assertThat(all).filteredOn(e -> e.key().equals("d")).singleElement()
                .satisfies(e -> assertThat(e.displayName()).as("already signed").isEqualTo("Bob"));
    }
}
