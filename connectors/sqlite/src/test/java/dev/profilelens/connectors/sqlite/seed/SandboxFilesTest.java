package dev.profilelens.connectors.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
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
            b.write(new WriteRequest(ref, "{}".getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                    Precondition.matchVersion(version)));
            assertThat(a.read(ref).orElseThrow().version()).isNotEqualTo(version);
        }
    }

    /** A sandbox made over an earlier file whose write-ahead log is still there (a crash, or a process still open). */
    @Test
    void theLogOfAReplacedFileIsNotAppliedToTheNewSandbox() throws Exception {
        Path file = dir.resolve("sandbox.db");
        Path other = dir.resolve("other.db");
        // a real log of another database, left as a crash would leave it: copied while its connection is open
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA wal_autocheckpoint=0");
            s.execute("CREATE TABLE t (x BLOB)");
            for (int i = 0; i < 50; i++) {
                s.execute("INSERT INTO t VALUES (randomblob(4000))");
            }
            Files.copy(dir.resolve("other.db-wal"), dir.resolve("sandbox.db-wal"));
            Files.copy(dir.resolve("other.db-shm"), dir.resolve("sandbox.db-shm"));
            Files.copy(other, file);
        }
        SandboxFiles.create(file, 120, 3, Instant.parse("2026-11-20T12:00:00Z"), (d, t) -> { }, () -> false);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (SqliteProfileSource a = SqliteProfileSource.open(file)) {
            assertThat(a.listKeys("PlayerData", "global", "", null, 1).items()).isNotEmpty();
        }
    }
}
