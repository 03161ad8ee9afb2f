package dev.profilelens.core.audit.index;

import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.EntryRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One scanned key with the values of the indexed paths it has. */
public record IndexedProfile(EntryRef ref, String version, Kind kind, Instant updated, List<IndexedValue> values) {
    public IndexedProfile {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(updated, "updated");
        values = List.copyOf(values);
    }
}
