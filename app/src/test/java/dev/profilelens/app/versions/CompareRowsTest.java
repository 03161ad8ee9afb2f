package dev.profilelens.app.versions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.VersionInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readable compare's rows and the join of versions with their ProfileLens authors. */
class CompareRowsTest {
    private static final JsonNode OLD = RobloxJson.parse("{\"Data\":{\"Coins\":109191,\"Hat\":\"Crown\","
            + "\"Inv\":[{\"Id\":1}],\"Same\":{\"a\":1}}}");
    private static final JsonNode NEW = RobloxJson.parse("{\"Data\":{\"Coins\":109995,\"Inv\":[{\"Id\":1},"
            + "{\"Id\":2}],\"Same\":{\"a\":1},\"Gems\":5}}");

    @Test
    void changedRowsShowBothValuesAndAllRowsMarkWhatDiffers() {
        assertThat(CompareRows.changed(OLD, NEW)).contains(
                new CompareRow("/Data/Coins", "109191", "109995", true),
                new CompareRow("/Data/Hat", "\"Crown\"", "(absent)", true),
                new CompareRow("/Data/Gems", "(absent)", "5", true)).allMatch(CompareRow::changed);
        List<CompareRow> all = CompareRows.all(OLD, NEW);
        assertThat(all).contains(new CompareRow("/Data/Same/a", "1", "1", false),
                new CompareRow("/Data/Inv/1/Id", "(absent)", "2", true),
                new CompareRow("/Data/Coins", "109191", "109995", true));
        assertThat(all).extracting(CompareRow::path).doesNotHaveDuplicates();
    }

    @Test
    void versionsGetTheConfirmedWriteThatCreatedThemOnTheSameKey() {
        EntryRef ref = EntryRef.of("PlayerData", "Player_1");
        VersionInfo v1 = new VersionInfo("v1", Instant.EPOCH, false, 10);
        VersionInfo v2 = new VersionInfo("v2", Instant.EPOCH, false, 10);
        VersionInfo v3 = new VersionInfo("v3", Instant.EPOCH, false, 10);
        AuditEntry ours = entry("Player_1", "v2", "sandbox", "restore", AuditStatus.DONE, "Ana");
        AuditEntry otherKey = entry("Player_2", "v1", "sandbox", "save", AuditStatus.DONE, "");
        AuditEntry otherConnection = entry("Player_1", "v3", "prod", "save", AuditStatus.DONE, "");
        AuditEntry sameConnection = entry("Player_1", "v3", "sandbox", "revert", AuditStatus.DONE, "");
        List<VersionRow> rows = VersionAuthors.join(List.of(v3, v2, v1), List.of(otherConnection, sameConnection,
                ours, otherKey), ref, "sandbox");
        assertThat(rows.get(0).action()).isEqualTo("revert");
        assertThat(rows.get(1).author()).isEqualTo("Ana (ana)");
        assertThat(rows.get(1).reason()).isEqualTo("why");
        assertThat(rows.get(2).write()).as("written by a game server").isNull();
        assertThat(rows.get(2).author()).isEmpty();
    }

    private static AuditEntry entry(String key, String after, String connection, String action, AuditStatus status,
                                    String name) {
        return new AuditEntry(Instant.EPOCH, "ana", connection, "PlayerData", "global", key, "v0", after, action,
                RobloxJson.parse("[]"), "why", List.of(), status, name, "", "");
    }
}
