package dev.profilelens.core.mirror;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedStoreRef;
import java.util.List;
import java.util.Optional;

/**
 * Where a mirror lands. Each {@link #commit} stores a page of entries and the position after it in one
 * transaction, so a crash, a full disk or a cancel loses at most the page in flight and a new run resumes there.
 */
public interface MirrorTarget extends AutoCloseable {
    /**
     * Prepares for a mirror of {@code source} (its description). Throws {@code InvalidInputException} when the
     * target already holds other data or a mirror of another source.
     *
     * @return the position to resume from, when an earlier run of the same mirror stopped before the end
     */
    Optional<String> begin(String source, String request);

    /** Stores the entries (versions already present are kept as they are) and the position after them. */
    void commit(List<MirroredEntry> entries, String position);

    /**
     * Stores ordered entries of {@code store} (an entry already there is replaced). Targets that keep no ordered
     * data stores refuse.
     */
    default void commitOrdered(OrderedStoreRef store,
                               List<OrderedEntry> entries) {
        throw new InvalidInputException(describe() + " keeps no ordered data stores");
    }

    /** Marks the mirror complete (a later run starts over and adds what is new). */
    void finish();

    /** What the target is, for messages. */
    String describe();

    @Override
    void close();
}
