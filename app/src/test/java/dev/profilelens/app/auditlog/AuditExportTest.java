package dev.profilelens.app.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.codec.RobloxJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditExportTest {
    private static final AuditEntry E = new AuditEntry(Instant.parse("2026-11-25T04:00:00Z"), "ana", "Sandbox",
            "PlayerData", "global", "Player_1", "v1", "v2", "save",
            RobloxJson.parse("[{\"op\":\"replace\",\"path\":\"/Data/Coins\",\"value\":5}]"), "=cmd, \"quoted\"");

    @Test
    void csvQuotesCellsAndDefusesFormulas() {
        String csv = AuditExport.csv(List.of(E));
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains("\"'=cmd, \"\"quoted\"\"\"").contains("Player_1,v1,v2,save");
    }

    @Test
    void jsonKeepsThePatchAsJson() {
        var json = RobloxJson.parse(AuditExport.json(List.of(E)));
        assertThat(json.get(0).path("patch").get(0).path("path").asText()).isEqualTo("/Data/Coins");
        assertThat(json.get(0).path("reason").asText()).isEqualTo("=cmd, \"quoted\"");
    }
}
