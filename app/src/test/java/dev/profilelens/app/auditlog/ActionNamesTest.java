package dev.profilelens.app.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.codec.RobloxJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit log names actions as a user knows them. */
class ActionNamesTest {
    private static AuditEntry entry(String action, String reason, String batch) {
        return new AuditEntry(Instant.EPOCH, "ana", "sandbox", "PlayerData", "global", "Player_1", "v0", "v1",
                action, RobloxJson.parse("[]"), reason, List.of(), AuditStatus.DONE, "", "", batch);
    }

    @Test
    void everyRecordedActionHasItsName() {
        assertThat(List.of("save", "edit", "put", "replace", "clear-stale-lock", "global-update", "message",
                "deliver", "handover-request", "handover-withdraw", "restore", "revert").stream()
                .map(a -> ActionNames.of(entry(a, "r", ""))).toList()).containsExactly("save", "save",
                "save (put)", "save (whole value)", "clear lock", "delivery (global update)", "delivery (message)",
                "delivery (of an edit)", "handover (request)", "handover (withdrawn)", "restore", "revert");
    }

    @Test
    void aWriteOfABatchIsABulkWrite() {
        assertThat(ActionNames.of(entry("edit", "refund", "b-1"))).isEqualTo("bulk · save");
        assertThat(ActionNames.of(entry("edit", "refund [batch b-2]", ""))).isEqualTo("bulk · save");
    }
}
