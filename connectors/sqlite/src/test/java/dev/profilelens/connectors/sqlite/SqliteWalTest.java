package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WAL is kept bounded (issue #22 item 8): a size limit on every writable open, a checkpoint that truncates. */
class SqliteWalTest {
    @TempDir
    Path dir;

    private static void write(SqliteProfileSource s, EntryRef ref, String v) {
        s.write(new WriteRequest(ref, v.getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none()));
    }

    @Test
    void aCheckpointTruncatesTheWalAndTheHourlyRuleKeepsOneVersionPerKey() throws Exception {
        Path db = dir.resolve("wal.db");
        Path wal = dir.resolve("wal.db-wal");
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:15:00Z"), ZoneOffset.UTC);
        String value = "\"" + "x".repeat(8_000) + "\"";
        try (SqliteProfileSource s = new SqliteProfileSource(db, clock, Retention.ROBLOX, false)) {
            for (int i = 0; i < 600; i++) {
                write(s, EntryRef.of("PlayerData", "Player_" + (i % 20)), value);
            }
            assertThat(Files.size(wal)).as("WAL before the checkpoint").isGreaterThan(1_000_000L);
            assertThat(s.listVersions(EntryRef.of("PlayerData", "Player_3"), VersionQuery.all(), null, 100).items())
                    .as("writes within one hour overwrite the current version").hasSize(1);
            assertThat(s.checkpoint()).isZero();
            assertThat(Files.size(wal)).as("WAL after the checkpoint").isZero();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM versions")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(20);
        }
    }

    @Test
    void everyWritableOpenLimitsTheWalSize() throws Exception {
        Path db = dir.resolve("limit.db");
        try (SqliteProfileSource s = new SqliteProfileSource(db, Clock.systemUTC(), Retention.KEEP_ALL, false)) {
            write(s, EntryRef.of("S", "k"), "1");
            var field = SqliteProfileSource.class.getDeclaredField("connection");
            field.setAccessible(true);
            try (ResultSet rs = ((java.sql.Connection) field.get(s)).createStatement()
                    .executeQuery("PRAGMA journal_size_limit")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(SqliteProfileSource.WAL_LIMIT_BYTES);
            }
        }
    }
}
