package dev.profilelens.core.watch;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.store.EntryRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Receives the events of each poll cycle on the watcher's thread; must return quickly (hand off to the UI). */
public interface LockWatchListener {
    /** The events of one cycle, in key order (never empty). */
    void onEvents(List<LockEvent> events);

    /** A read or listing failed; the watcher keeps polling. {@code key} is null for a prefix listing. */
    default void onError(@Nullable EntryRef key, InspectorException error) {
    }
}
