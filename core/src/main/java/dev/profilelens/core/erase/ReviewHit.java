package dev.profilelens.core.erase;

import dev.profilelens.core.store.EntryRef;
import java.util.List;
import java.util.Objects;

/**
 * Another key whose value mentions the user (a gift's {@code From}, a friend list, a trade log): listed for a
 * person to review, never deleted automatically.
 *
 * @param paths JSON Pointers where the UserId appears (as a number, a text or a field name)
 */
public record ReviewHit(long userId, EntryRef ref, List<String> paths) {
    public ReviewHit {
        Objects.requireNonNull(ref, "ref");
        paths = List.copyOf(paths);
    }
}
