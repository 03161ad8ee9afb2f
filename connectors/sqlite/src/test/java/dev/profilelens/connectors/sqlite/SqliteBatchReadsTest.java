package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readAll}: the current values of many keys in one query per store and scope, exactly as {@code read}. */
class SqliteBatchReadsTest {
    @TempDir
    Path dir;

    private static byte[] value(int coins) {
        return ("{\"Data\":{\"Coins\":" + coins + "}}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsManyKeysAcrossScopesAsReadDoesLeavingMissingAndDeletedOut() {
        try (SqliteProfileSource s = SqliteProfileSource.open(dir.resolve("s.db"))) {
            EntryRef a = new EntryRef("PlayerData", "global", "Player_1");
            EntryRef b = new EntryRef("PlayerData", "beta", "Player_1");
            EntryRef c = new EntryRef("PlayerData", "global", "Player_2");
            EntryRef gone = new EntryRef("PlayerData", "global", "Player_3");
            EntryRef missing = new EntryRef("PlayerData", "global", "Player_4");
            for (EntryRef r : List.of(a, b, c, gone)) {
                s.write(new WriteRequest(r, value(r.key().length() + r.scope().length()), List.of(1L), "{\"k\":1}",
                        Precondition.none()));
            }
            s.write(new WriteRequest(c, value(99), List.of(), "{}", Precondition.none()));
            s.delete(gone);
            Map<EntryRef, StoredEntry> all = s.readAll(List.of(a, b, c, gone, missing));
            assertThat(all.keySet()).containsExactlyInAnyOrder(a, b, c);
            for (EntryRef r : List.of(a, b, c)) {
                StoredEntry one = s.read(r).orElseThrow();
                StoredEntry many = all.get(r);
                assertThat(many.value()).isEqualTo(one.value());
                assertThat(many.version()).isEqualTo(one.version());
                assertThat(many.userIds()).isEqualTo(one.userIds());
                assertThat(many.attributesJson()).isEqualTo(one.attributesJson());
                assertThat(many.updated()).isEqualTo(one.updated());
            }
            assertThat(new String(all.get(c).value(), StandardCharsets.UTF_8)).contains("99");
        }
    }
}
