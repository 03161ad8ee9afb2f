package dev.profilelens.connectors.emulator;

import dev.profilelens.connectors.sqlite.Retention;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The emulator's state: one SQLite store per universe (ADR 0030) and the stores scheduled for deletion, in
 * {@code --db} to survive restarts or in a temporary folder that {@link #close()} removes. Versions follow
 * Roblox's hourly rule unless keep-all is chosen.
 */
final class Universes implements AutoCloseable {
    private final Path folder;
    private final boolean temporary;
    private final Retention retention;
    private final Map<String, SqliteProfileSource> open = new HashMap<>();
    private final Map<String, StoreStates> states = new HashMap<>();

    Universes(@Nullable Path folderOrNull, boolean keepAll) {
        try {
            this.temporary = folderOrNull == null;
            Path dir = folderOrNull == null ? Files.createTempDirectory("profilelens-emulator") : folderOrNull;
            Files.createDirectories(dir);
            this.folder = dir;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new InvalidInputException("--db takes a folder for the universes' files; " + folderOrNull
                    + " is a file (it was left untouched)", "--db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.retention = keepAll ? Retention.KEEP_ALL : Retention.ROBLOX;
    }

    private static void checkId(String id) {
        if (!id.matches("\\d{1,19}")) {
            throw new InvalidInputException("Invalid universe id: " + id, "universeId");
        }
    }

    synchronized SqliteProfileSource universe(String id) {
        checkId(id);
        return open.computeIfAbsent(id, u -> new SqliteProfileSource(folder.resolve("universe-" + u + ".db"),
                Clock.systemUTC(), retention, false));
    }

    synchronized StoreStates states(String id) {
        checkId(id);
        return states.computeIfAbsent(id, u -> new StoreStates(folder.resolve("universe-" + u + ".stores.json")));
    }

    /**
     * Fills a universe that holds nothing yet with {@code profiles} sandbox profiles (deterministic from
     * {@code seed}); returns false and changes nothing when the universe already has a file.
     */
    synchronized boolean seedIfEmpty(String id, int profiles, long seed) {
        Path file = folder.resolve("universe-" + id + ".db");
        if (open.containsKey(id) || Files.exists(file)) {
            return false;
        }
        SandboxFiles.create(file, profiles, seed, Instant.now(), (done, total) -> { }, () -> false);
        return true;
    }

    /** Every UserId held by any universe this emulator serves (its Users API route's players). */
    synchronized long[] userIds() {
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.matches("universe-\\d{1,19}\\.db")) {
                    universe(n.substring(9, n.length() - 3));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open.values().forEach(s -> java.util.Arrays.stream(s.userIds()).forEach(ids::add));
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    Path folder() {
        return folder;
    }

    @Override
    public synchronized void close() {
        open.values().forEach(SqliteProfileSource::close);
        open.clear();
        if (temporary) {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // leftovers in the temp folder are harmless
            }
        }
    }
}
