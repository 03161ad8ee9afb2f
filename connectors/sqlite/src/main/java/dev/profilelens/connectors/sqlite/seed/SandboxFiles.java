package dev.profilelens.connectors.sqlite.seed;

import dev.profilelens.connectors.sqlite.Retention;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.error.InspectorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Creates a sandbox file: seeds into {@code FILE.partial} and renames it into place only when complete, so a
 * cancelled or failed first start never leaves a half-filled sandbox behind.
 */
public final class SandboxFiles {
    private SandboxFiles() {
    }

    /** True when {@code file} exists and holds at least one key. */
    public static boolean isSeeded(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (SqliteProfileSource s = new SqliteProfileSource(file, Clock.systemUTC(), Retention.KEEP_ALL, true)) {
            return !s.listDataStores("", null, 1).items().isEmpty();
        }
    }

    public static void create(Path file, int profiles, long seed, Instant now, SandboxSeeder.Progress progress,
                              BooleanSupplier cancelled) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        deleteQuietly(partial);
        try {
            DialectSeeder dialects = new DialectSeeder(seed, now, profiles);
            try (SqliteProfileSource store = new SqliteProfileSource(partial, Clock.systemUTC(), Retention.KEEP_ALL,
                    false)) {
                store.beginPrivateLoad();
                new SandboxSeeder(seed, now).seed(store, profiles, progress, cancelled);
                dialects.seedStandard(store);
                store.endPrivateLoad();
            }
            dialects.seedOrdered(partial);
            // the write-ahead log of a file being replaced belongs to that file: opened beside the new one, SQLite
            // would apply its pages to it and damage it (seen after a write had created an empty sandbox first)
            deleteLogs(file);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new InspectorException("Could not create the sandbox " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static void deleteLogs(Path file) throws IOException {
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    private static void deleteQuietly(Path partial) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort: a leftover partial file is replaced on the next attempt
            }
        }
    }
}
