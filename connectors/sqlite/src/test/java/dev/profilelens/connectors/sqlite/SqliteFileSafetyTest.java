package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, foreign, newer and read-only files: clear errors naming the file, never a reset. */
class SqliteFileSafetyTest {
    @TempDir
    Path dir;

    private static WriteRequest put(String key, String json) {
        return new WriteRequest(EntryRef.of("PlayerData", key), json.getBytes(StandardCharsets.UTF_8), List.of(),
                "{}", Precondition.none());
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] junk = "these are my notes, not a database at all".getBytes(StandardCharsets.UTF_8);
        Files.write(file, junk);
        assertThatThrownBy(() -> SqliteProfileSource.open(file))
                .isInstanceOf(InspectorException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a SQLite database");
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void aDamagedStoreIsReportedWithItsFileName() throws Exception {
        Path file = dir.resolve("damaged.db");
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            for (int i = 0; i < 200; i++) {
                s.write(put("Player_" + i, "{\"pad\":\"" + "x".repeat(500) + "\"}"));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096; i < bytes.length; i++) {
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
    void aForeignDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
            s.execute("INSERT INTO invoices VALUES (1, 9.5)");
        }
        assertThatThrownBy(() -> SqliteProfileSource.open(file))
                .isInstanceOf(InspectorException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a ProfileLens store");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            assertThat(rs.getInt(1)).as("no tables added").isEqualTo(1);
        }
    }

    @Test
    void aStoreFromANewerVersionIsRefused() throws Exception {
        Path file = dir.resolve("newer.db");
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            s.write(put("Player_1", "{}"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 7");
        }
        assertThatThrownBy(() -> SqliteProfileSource.open(file))
                .isInstanceOf(InspectorException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("newer ProfileLens")
                .hasMessageContaining("schema 7");
    }

    @Test
    void anEmptyFileBecomesAStoreAndReopeningKeepsData() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            s.write(put("Player_1", "{\"a\":1}"));
        }
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            assertThat(s.read(EntryRef.of("PlayerData", "Player_1")).orElseThrow().value())
                    .isEqualTo("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT version FROM schema_migrations")) {
            assertThat(rs.getInt(1)).isEqualTo(SqliteSchema.CURRENT_VERSION);
        }
    }

    @Test
    void readOnlyOpeningReadsButRefusesWrites() {
        Path file = dir.resolve("ro.db");
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            s.write(put("Player_1", "{}"));
        }
        try (SqliteProfileSource s = new SqliteProfileSource(file, SqliteOptions.defaults().asReadOnly())) {
            assertThat(s.capabilities().readOnly()).isTrue();
            assertThat(s.read(EntryRef.of("PlayerData", "Player_1"))).isPresent();
            assertThatThrownBy(() -> s.write(put("Player_2", "{}"))).isInstanceOf(RefusedException.class)
                    .hasMessageContaining(file.toString());
            assertThatThrownBy(() -> s.delete(EntryRef.of("PlayerData", "Player_1")))
                    .isInstanceOf(RefusedException.class);
            assertThat(s.describe()).contains("read-only");
        }
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            assertThat(s.read(EntryRef.of("PlayerData", "Player_2"))).isEmpty();
        }
    }

    @Test
    void aMissingFileOpenedReadOnlyIsNotCreated() {
        Path file = dir.resolve("missing.db");
        assertThatThrownBy(() -> new SqliteProfileSource(file, SqliteOptions.defaults().asReadOnly()))
                .isInstanceOf(UnavailableException.class).hasMessageContaining(file.toString());
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileWithoutWritePermissionOpensReadOnly() throws Exception {
        Path file = dir.resolve("perm.db");
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            s.write(put("Player_1", "{}"));
        }
        assertThat(file.toFile().setWritable(false, false)).isTrue();
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(file),
                "the file system ignores permissions for this user (root)");
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            assertThat(s.capabilities().readOnly()).isTrue();
            assertThat(s.read(EntryRef.of("PlayerData", "Player_1"))).isPresent();
            assertThatThrownBy(() -> s.write(put("Player_2", "{}"))).isInstanceOf(RefusedException.class);
        }
    }
}
