package dev.profilelens.app.versions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.VersionInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions joined with the audit log's writes, and the writes whose version the history no longer lists. */
class VersionAuthorsTest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_7");
    private static final Instant T = Instant.parse("2026-12-07T11:00:00Z");

    private static VersionInfo version(String id, int minute) {
        return new VersionInfo(id, T.plusSeconds(60L * minute), false, 100);
    }

    private static AuditEntry write(String connection, String after, int minute) {
        return new AuditEntry(T.plusSeconds(60L * minute), "ana", connection, "PlayerData", "global", "Player_7",
                "v0", after, "deliver", RobloxJson.parse("[]"), "ticket");
    }

    @Test
    void aWriteWhoseVersionWasSupersededWithinItsHourIsCountedAsNoLongerKept() {
        List<VersionInfo> listed = List.of(version("v5", 45), version("v3", 41), version("v2", 39));
        List<AuditEntry> writes = List.of(write("Sandbox", "v3", 41), write("Sandbox", "v4", 44));
        assertThat(VersionAuthors.join(listed, writes, REF, "Sandbox")).extracting(r -> r.write() == null)
                .containsExactly(true, false, true);
        assertThat(VersionAuthors.dropped(listed, writes, REF, "Sandbox")).isEqualTo(1);
    }

    @Test
    void writesOnOtherConnectionsOlderThanTheListingOrNotDoneAreNotCounted() {
        List<VersionInfo> listed = List.of(version("v5", 45), version("v3", 41));
        AuditEntry failed = new AuditEntry(T.plusSeconds(60L * 44), "ana", "Sandbox", "PlayerData", "global",
                "Player_7", "v3", "v4", "save", RobloxJson.parse("[]"), "ticket", AuditStatus.FAILED, "", "", "");
        assertThat(VersionAuthors.dropped(listed, List.of(write("Production", "v4", 44), write("Sandbox", "v1", 10),
                failed), REF, "Sandbox")).isZero();
        assertThat(VersionAuthors.dropped(List.of(), List.of(write("Sandbox", "v4", 44)), REF, "Sandbox")).isZero();
    }
}
