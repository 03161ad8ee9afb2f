package dev.profilelens.connectors.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeded file leaves the private fast load behind: WAL again, and shared writes work at once. */
class SandboxFilesTest {
    @TempDir
    Path dir;

    @Test
    void aSeededSandboxIsAWalStoreThatTakesConditionalWrites() throws Exception {
        Path file = dir.resolve("sandbox.db");
        SandboxFiles.create(file, 120, 3, Instant.parse("2026-11-20T12:00:00Z"), (d, t) -> { }, () -> false);
        assertThat(file.resolveSibling("sandbox.db.partial")).doesNotExist();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
        try (SqliteProfileSource a = SqliteProfileSource.open(file);
             SqliteProfileSource b = SqliteProfileSource.open(file)) {
            EntryRef ref = a.listKeys("PlayerData", "global", "", null, 1).items().get(0);
            String version = a.read(ref).orElseThrow().version();
            b.write(new WriteRequest(ref, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(), "{}",
                    Precondition.matchVersion(version)));
            assertThat(a.read(ref).orElseThrow().version()).isNotEqualTo(version);
        }
    }
}
