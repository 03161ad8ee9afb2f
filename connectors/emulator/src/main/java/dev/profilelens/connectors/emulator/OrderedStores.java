package dev.profilelens.connectors.emulator;

import dev.profilelens.connectors.sqlite.SqliteOrderedSource;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The emulator's ordered data stores: one {@link SqliteOrderedSource} per universe, in the universe's file. */
final class OrderedStores implements AutoCloseable {
    private final Path folder;
    private final Map<String, SqliteOrderedSource> open = new HashMap<>();

    OrderedStores(Path folder) {
        this.folder = folder;
    }

    synchronized OrderedSource universe(String id) {
        if (!id.matches("\\d{1,19}")) {
            throw new InvalidInputException("Invalid universe id: " + id, "universeId");
        }
        return open.computeIfAbsent(id, u -> new SqliteOrderedSource(folder.resolve("universe-" + u + ".db"), false));
    }

    @Override
    public synchronized void close() {
        open.values().forEach(SqliteOrderedSource::close);
        open.clear();
    }
}
