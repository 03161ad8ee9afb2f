package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UserIds index follows every write and delete, and a store from before it is indexed when upgraded. */
class SqliteUserIdsTest {
    @TempDir
    Path dir;

    private static void put(SqliteProfileSource s, EntryRef ref, Long... ids) {
        s.write(new WriteRequest(ref, "{}".getBytes(StandardCharsets.UTF_8), List.of(ids), "{}",
                Precondition.none()));
    }

    @Test
    void followsWritesAndDeletes() {
        EntryRef house = EntryRef.of("GuildHouses", "House_1");
        EntryRef player = new EntryRef("PlayerData", "beta", "Player_5");
        try (SqliteProfileSource s = SqliteProfileSource.open(dir.resolve("s.db"))) {
            put(s, house, 5L, 6L);
            put(s, player, 5L);
            assertThat(s.keysHolding(5)).containsExactly(house, player);
            put(s, house, 6L, 7L);
            assertThat(s.keysHolding(5)).containsExactly(player);
            assertThat(s.keysHolding(7)).containsExactly(house);
            s.delete(player);
            assertThat(s.keysHolding(5)).isEmpty();
            assertThat(s.userIds()).containsExactly(6L, 7L);
        }
    }

    @Test
    void aStoreWrittenBeforeTheIndexIsIndexedWhenUpgraded() throws Exception {
        Path file = dir.resolve("old.db");
        EntryRef a = EntryRef.of("PlayerData", "Player_9");
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            put(s, a, 9L, 10L);
            put(s, EntryRef.of("PlayerData", "Player_11"));
            s.delete(EntryRef.of("PlayerData", "Player_11"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE key_users");
            st.execute("PRAGMA user_version = 1");
        }
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            assertThat(s.keysHolding(9)).containsExactly(a);
            assertThat(s.keysHolding(10)).containsExactly(a);
            assertThat(s.userIds()).containsExactly(9L, 10L);
        }
    }
}
