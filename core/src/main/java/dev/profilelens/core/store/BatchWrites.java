package dev.profilelens.core.store;

import java.util.List;
import java.util.Optional;

/**
 * A source that makes many conditional writes in one transaction (the SQLite store: one {@code BEGIN IMMEDIATE}
 * for a group of keys instead of one per key, ADR 0230). Each write keeps its own precondition: one that fails writes
 * nothing for its key and does not affect the others. A bulk edit writes through it in groups
 * ({@code SaveUseCase.saveAll}); sources without one are written key by key.
 */
public interface BatchWrites {
    /**
     * Writes {@code requests} in order in one transaction; per request its result, or empty when its precondition
     * did not hold (that key was not written). An exception means nothing of the group was written.
     */
    List<Optional<WriteResult>> writeAll(List<WriteRequest> requests);
}
