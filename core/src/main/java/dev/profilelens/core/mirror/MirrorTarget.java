package dev.profilelens.core.mirror;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedStoreRef;
import java.util.List;

/**
 * Where a mirror lands. Each commit stores a page of one part (a standard store, or an ordered store and scope) and
 * that part's position after it in one transaction, so a crash, a full disk or a cancel loses at most the page in
 * flight and a new run continues each part where it stopped, without listing a finished part again (ADR 0235).
 */
public interface MirrorTarget extends AutoCloseable {
    /**
     * Prepares for a mirror of {@code source} (its description). Throws {@code InvalidInputException} when the
     * target already holds other data or a mirror of another source.
     *
     * @return each part's position, when an earlier run of the same mirror stopped before the end
     */
    MirrorResume begin(String source, String request);

    /**
     * Stores the entries (versions already present are kept as they are) and the part's position after them
     * ({@link MirrorResume#DONE} after its last page).
     */
    void commit(String part, List<MirroredEntry> entries, String position);

    /**
     * Stores ordered entries of {@code store} (an entry already there is replaced) and the part's position after
     * them. Targets that keep no ordered data stores refuse.
     */
    default void commitOrdered(String part, OrderedStoreRef store, List<OrderedEntry> entries, String position) {
        throw new InvalidInputException(describe() + " keeps no ordered data stores");
    }

    /** Marks the mirror complete and forgets the parts' positions (a later run starts over and adds what is new). */
    void finish();

    /** What the target is, for messages. */
    String describe();

    @Override
    void close();
}
