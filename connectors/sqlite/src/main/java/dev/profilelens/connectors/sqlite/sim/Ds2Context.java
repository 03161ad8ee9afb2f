package dev.profilelens.connectors.sqlite.sim;

import dev.profilelens.connectors.sqlite.SqlitePresence;
import dev.profilelens.core.ordered.OrderedSource;
import java.util.function.Supplier;

/**
 * What the simulated servers need to play DataStore2 players: an ordered source per server (a SQLite connection is
 * used by one thread), the presence table and the shared roster.
 */
public record Ds2Context(Supplier<OrderedSource> ordered, SqlitePresence presence, Ds2Roster roster) {
}
