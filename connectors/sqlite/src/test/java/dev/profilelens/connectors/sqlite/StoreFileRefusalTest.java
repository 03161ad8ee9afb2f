package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real damaged and foreign files, hashed before and after (ADR 0121): each is refused as bad input (exit 2) naming
 * the file, whether opened for writing or read-only, and not one byte of it changes; nothing is created beside it.
 * A missing or empty file is created or initialised only by a write.
 */
class StoreFileRefusalTest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_1");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"garbage", "short", "truncated", "corrupt-pages", "foreign-rollback-journal",
        "foreign-application-id", "newer-schema"})
    void aDamagedOrForeignFileIsRefusedWithExit2AndKeepsEveryByte(String kind) throws Exception {
        Path file = make(kind);
        String before = sha256(file);
        List<String> siblings = siblings();
        for (boolean readOnly : new boolean[] {false, true}) {
            assertThatThrownBy(() -> {
                try (ProfileSource s = open(file, readOnly)) {
                    s.listKeys("PlayerData", null, "", null, 100);
                    s.read(REF);
                    s.write(write());
                }
            }).as("%s opened %s", kind, readOnly ? "read-only" : "for writing")
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(2))
                    .hasMessageContaining(file.toString());
        }
        assertThat(sha256(file)).as("%s keeps every byte", kind).isEqualTo(before);
        if (!kind.equals("truncated") && !kind.equals("corrupt-pages")) {
            // a damaged store of ours is in WAL mode: SQLite may leave an empty log beside it, never in it
            assertThat(siblings()).as("nothing created beside %s", kind).isEqualTo(siblings);
        }
    }

    @Test
    void aForeignRollbackJournalDatabaseIsNotSwitchedToWal() throws Exception {
        Path file = make("foreign-rollback-journal");
        byte[] header = Files.readAllBytes(file);
        assertThat(header[18]).as("rollback journal (legacy) file format").isEqualTo((byte) 1);
        assertThatThrownBy(() -> SqliteProfileSource.open(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("another program");
        assertThat(Files.readAllBytes(file)[18]).as("still not WAL").isEqualTo((byte) 1);
    }

    @Test
    void aFolderIsRefusedWithExit2() {
        assertThatThrownBy(() -> open(dir, false)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.exitCode()).isEqualTo(2)).hasMessageContaining("folder");
    }

    @Test
    void aMissingFileIsCreatedOnlyByAWrite() throws Exception {
        Path file = dir.resolve("sub").resolve("new.db");
        try (ProfileSource s = open(file, false)) {
            assertThat(s.read(REF)).isEmpty();
            assertThat(s.listDataStores("", null, 10).items()).isEmpty();
            s.delete(REF);
            assertThat(file).doesNotExist();
            assertThat(file.getParent()).doesNotExist();
            s.write(write());
            assertThat(s.read(REF)).isPresent();
        }
        try (ProfileSource again = open(file, true)) {
            assertThat(again.read(REF)).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "blank-database"})
    void anEmptyFileIsInitialisedOnlyByAWriteAndRefusedReadOnly(String kind) throws Exception {
        Path file = make(kind);
        String before = sha256(file);
        assertThatThrownBy(() -> open(file, true)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.exitCode()).isEqualTo(2)).hasMessageContaining(file.toString());
        try (ProfileSource s = open(file, false)) {
            assertThat(s.read(REF)).isEmpty();
        }
        assertThat(sha256(file)).as("reading an empty file does not initialise it").isEqualTo(before);
        try (ProfileSource s = open(file, false)) {
            s.write(write());
        }
        try (ProfileSource s = open(file, true)) {
            assertThat(s.read(REF)).isPresent();
        }
    }

    @Test
    void aStoreCreatedMeanwhileByAnotherConnectionIsSeenByOneStillWaitingForItsFirstWrite() {
        Path file = dir.resolve("shared.db");
        try (ProfileSource waiting = open(file, false); ProfileSource writer = open(file, false)) {
            assertThat(waiting.read(REF)).isEmpty();
            writer.write(write());
            assertThat(waiting.read(REF)).isPresent();
        }
    }

    private static ProfileSource open(Path file, boolean readOnly) {
        return TestProviders.installed().openSource("sqlite:" + file, Map.of("readOnly", Boolean.toString(readOnly)));
    }

    private static WriteRequest write() {
        return new WriteRequest(REF, "{\"a\":1}".getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                Precondition.none());
    }

    private List<String> siblings() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path make(String kind) throws Exception {
        Path file = dir.resolve(kind + ".db");
        switch (kind) {
            case "garbage" -> Files.write(file, "not a database at all ".repeat(300).getBytes(StandardCharsets.UTF_8));
            case "short" -> Files.write(file, "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
            case "empty" -> Files.createFile(file);
            case "blank-database" -> sql(file, "VACUUM", "PRAGMA page_size = 4096", "VACUUM");
            case "foreign-rollback-journal" -> sql(file, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, n REAL)",
                    "INSERT INTO invoices (n) VALUES (9.5)");
            case "foreign-application-id" -> sql(file, "PRAGMA application_id = 1234",
                    "CREATE TABLE t (x INTEGER)");
            case "newer-schema" -> {
                store(file, 1);
                sql(file, "PRAGMA user_version = " + (SqliteSchema.LATEST + 1));
            }
            case "truncated" -> {
                store(file, 200);
                byte[] bytes = Files.readAllBytes(file);
                Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
            case "corrupt-pages" -> {
                store(file, 200);
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 4096; i < bytes.length; i++) {
                    bytes[i] = (byte) 0x5A;
                }
                Files.write(file, bytes);
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }

    /** A real store with {@code keys} entries, closed so its log is folded into the file. */
    private static void store(Path file, int keys) {
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            for (int i = 0; i < keys; i++) {
                s.write(new WriteRequest(EntryRef.of("PlayerData", "Player_" + i),
                        ("{\"pad\":\"" + "x".repeat(300) + "\"}").getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                        Precondition.none()));
            }
        }
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
