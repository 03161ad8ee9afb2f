package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not ours are refused and left untouched; several connections share one file safely. */
class SqliteFileSafetyTest {
    @TempDir
    Path dir;

    private static WriteRequest put(EntryRef ref, String value, Precondition p) {
        return new WriteRequest(ref, value.getBytes(StandardCharsets.UTF_8), List.of(), "{}", p);
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedNamingItAndLeftUntouched() throws Exception {
        Path file = dir.resolve("garbage.db");
        byte[] junk = "this is definitely not an sqlite file, just some text...".repeat(100).getBytes();
        Files.write(file, junk);
        assertThatThrownBy(() -> SqliteProfileSource.open(file))
                .isInstanceOf(InspectorException.class).hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void aForeignDatabaseIsRefusedAndKeepsItsTables() throws Exception {
        Path file = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
            s.execute("INSERT INTO invoices (amount) VALUES (9.5)");
        }
        assertThatThrownBy(() -> SqliteProfileSource.open(file))
                .isInstanceOf(InspectorException.class).hasMessageContaining("another program");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT count(*) FROM invoices").getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aStoreFromANewerVersionIsRefusedWithAnUpgradeHint() throws Exception {
        Path file = dir.resolve("newer.db");
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            s.write(put(EntryRef.of("PlayerData", "Player_1"), "{\"a\":1}", Precondition.none()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (SqliteSchema.LATEST + 1));
        }
        assertThatThrownBy(() -> SqliteProfileSource.open(file))
                .isInstanceOf(InspectorException.class).hasMessageContaining("newer ProfileLens");
    }

    @Test
    void aReadOnlyStoreReadsButRefusesWrites() {
        Path file = dir.resolve("ro.db");
        EntryRef ref = EntryRef.of("PlayerData", "Player_1");
        try (SqliteProfileSource rw = SqliteProfileSource.open(file)) {
            rw.write(put(ref, "{\"a\":1}", Precondition.none()));
        }
        try (var ro = TestProviders.installed().openSource("sqlite:" + file, Map.of("readOnly", "true"))) {
            assertThat(ro.capabilities().readOnly()).isTrue();
            assertThat(ro.read(ref)).isPresent();
            assertThatThrownBy(() -> ro.write(put(ref, "2", Precondition.none())))
                    .isInstanceOf(RefusedException.class);
            assertThatThrownBy(() -> ro.delete(ref)).isInstanceOf(RefusedException.class);
        }
    }

    @Test
    void writersOnSeparateConnectionsNeverLoseAnIncrement() throws Exception {
        Path file = dir.resolve("shared.db");
        EntryRef ref = EntryRef.of("Counters", "c");
        try (SqliteProfileSource first = SqliteProfileSource.open(file)) {
            first.write(put(ref, "0", Precondition.none()));
        }
        int workers = 4;
        int each = 25;
        AtomicInteger conflicts = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                try (SqliteProfileSource mine = new SqliteProfileSource(file, Clock.systemUTC(), Retention.KEEP_ALL,
                        false)) {
                    for (int done = 0; done < each; ) {
                        var cur = mine.read(ref).orElseThrow();
                        int n = Integer.parseInt(new String(cur.value(), StandardCharsets.UTF_8));
                        try {
                            mine.write(put(ref, Integer.toString(n + 1), Precondition.matchVersion(cur.version())));
                            done++;
                        } catch (VersionConflictException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "sqlite-writer-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertThat(errors).isEmpty();
        try (SqliteProfileSource check = SqliteProfileSource.open(file)) {
            assertThat(new String(check.read(ref).orElseThrow().value(), StandardCharsets.UTF_8))
                    .isEqualTo(Integer.toString(workers * each));
            assertThat(check.listVersions(ref, dev.profilelens.core.store.VersionQuery.all(), null, 1000).items())
                    .hasSize(workers * each + 1);
        }
    }
}
