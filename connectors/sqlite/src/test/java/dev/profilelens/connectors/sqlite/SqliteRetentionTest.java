package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keep-all keeps everything; Roblox-like keeps each UTC hour's first write beyond 30 days. */
class SqliteRetentionTest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_1");
    @TempDir
    Path dir;

    private void writeHistory(SqliteProfileSource s, MutableClock clock) {
        // 40 days ago: three writes in one hour (10:05, 10:20, 10:50) and one in the next hour (11:10)
        for (int minute : new int[] {5, 20, 50, 70}) {
            clock.set(Instant.parse("2025-11-26T10:00:00Z").plus(Duration.ofMinutes(minute)));
            s.write(new WriteRequest(REF, ("" + minute).getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                    Precondition.none()));
        }
        // recent: two writes in the same hour, 1 day ago
        for (int minute : new int[] {1, 2}) {
            clock.set(Instant.parse("2026-01-04T10:00:00Z").plus(Duration.ofMinutes(minute)));
            s.write(new WriteRequest(REF, ("r" + minute).getBytes(StandardCharsets.UTF_8), List.of(), "{}",
                    Precondition.none()));
        }
        clock.set(Instant.parse("2026-01-05T10:00:00Z"));
    }

    private static List<String> values(SqliteProfileSource s) {
        return s.listVersions(REF, VersionQuery.all(), null, 100).items().stream()
                .map(VersionInfo::version)
                .map(v -> new String(s.readVersion(REF, v).orElseThrow().value(), StandardCharsets.UTF_8))
                .toList();
    }

    @Test
    void keepAllKeepsEveryVersion() {
        MutableClock clock = new MutableClock(Instant.EPOCH);
        try (SqliteProfileSource s = new SqliteProfileSource(dir.resolve("all.db"),
                SqliteOptions.defaults().withClock(clock))) {
            writeHistory(s, clock);
            assertThat(s.applyRetention()).isZero();
            assertThat(values(s)).containsExactly("5", "20", "50", "70", "r1", "r2");
        }
    }

    @Test
    void robloxLikeKeepsFirstWritePerHourOutsideThirtyDays() {
        MutableClock clock = new MutableClock(Instant.EPOCH);
        Path file = dir.resolve("roblox.db");
        try (SqliteProfileSource s = new SqliteProfileSource(file, SqliteOptions.defaults().withClock(clock))) {
            writeHistory(s, clock);
        }
        try (SqliteProfileSource s = new SqliteProfileSource(file,
                SqliteOptions.defaults().withClock(clock).withRetention(Retention.ROBLOX))) {
            assertThat(values(s)).hasSize(6);
            assertThat(s.applyRetention()).isEqualTo(2);
            assertThat(values(s)).containsExactly("5", "70", "r1", "r2");
            assertThat(s.read(REF).orElseThrow().value()).isEqualTo("r2".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void robloxLikePrunesOnWriteAndNeverDropsTheCurrentVersion() {
        MutableClock clock = new MutableClock(Instant.parse("2025-11-26T10:05:00Z"));
        try (SqliteProfileSource s = new SqliteProfileSource(dir.resolve("onwrite.db"),
                SqliteOptions.defaults().withClock(clock).withRetention(Retention.ROBLOX))) {
            s.write(new WriteRequest(REF, "a".getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none()));
            clock.advance(Duration.ofMinutes(10));
            s.write(new WriteRequest(REF, "b".getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none()));
            clock.advance(Duration.ofDays(40));
            assertThat(values(s)).containsExactly("a", "b");
            s.write(new WriteRequest(REF, "c".getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none()));
            assertThat(values(s)).containsExactly("a", "c");
        }
    }

    @Test
    void retentionOptionIsParsed() {
        assertThat(Retention.parse("keep-all")).isEqualTo(Retention.KEEP_ALL);
        assertThat(Retention.parse("Roblox")).isEqualTo(Retention.ROBLOX);
        assertThatThrownBy(() -> Retention.parse("weekly")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("keep-all or roblox");
    }
}
