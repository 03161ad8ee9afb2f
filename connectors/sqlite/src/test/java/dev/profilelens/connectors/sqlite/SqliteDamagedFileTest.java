package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store whose pages are damaged behind a valid header, a missing file opened read-only, an empty file. */
class SqliteDamagedFileTest {
    @TempDir
    Path dir;

    private static void fill(SqliteProfileSource s, int keys) {
        for (int i = 0; i < keys; i++) {
            s.write(new WriteRequest(EntryRef.of("PlayerData", "Player_" + i),
                    ("{\"pad\":\"" + "x".repeat(500) + "\"}").getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                    Precondition.none()));
        }
    }

    @Test
    void damagedPagesBehindAValidHeaderAreReportedNamingTheFileAndLeftAsTheyAre() throws Exception {
        Path file = dir.resolve("damaged.db");
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            fill(s, 200);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(3 * 4096);
        for (int i = 2 * 4096; i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> {
            try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
                s.listKeys("PlayerData", null, "", null, 500);
                s.read(EntryRef.of("PlayerData", "Player_150"));
            }
        }).isInstanceOf(InspectorException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("damaged");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aMissingFileOpenedReadOnlyIsNotCreated() {
        Path file = dir.resolve("sub").resolve("missing.db");
        assertThatThrownBy(() -> new SqliteProfileSource(file, Clock.systemUTC(), Retention.KEEP_ALL, true))
                .isInstanceOf(InspectorException.class).hasMessageContaining(file.toString());
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void anEmptyFileBecomesAStoreWithItsMigrationRecorded() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            fill(s, 1);
        }
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            assertThat(s.read(EntryRef.of("PlayerData", "Player_0"))).isPresent();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isPositive();
        }
    }
}
