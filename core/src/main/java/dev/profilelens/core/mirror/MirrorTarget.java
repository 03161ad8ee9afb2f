package dev.profilelens.core.mirror;

import dev.profilelens.core.error.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

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

    /** Marks the mirror complete (a later run starts over and adds what is new). */
    void finish();

    /** What the target is, for messages. */
    String describe();

    @Override
    void close();

    /** Opens mirror targets for a spec such as {@code sqlite:PATH}; a connector registers one with ServiceLoader. */
    interface Provider {
        /** True when this provider serves {@code spec}. */
        boolean accepts(String spec);

        MirrorTarget open(String spec);
    }

    /** The target for {@code spec} from the first provider that accepts it. */
    static MirrorTarget open(String spec) {
        for (Provider p : ServiceLoader.load(Provider.class)) {
            if (p.accepts(spec)) {
                return p.open(spec);
            }
        }
        throw new InvalidInputException("--to " + spec + ": a mirror goes into a local store, sqlite:PATH", "--to");
    }
}
