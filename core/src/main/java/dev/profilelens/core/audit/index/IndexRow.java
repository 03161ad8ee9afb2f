package dev.profilelens.core.audit.index;

import dev.profilelens.core.store.EntryRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One profile in a query result: its key, version and the text of each requested column (null when absent). */
public record IndexRow(EntryRef ref, String version, String kind, List<@Nullable String> values) {
    public IndexRow {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
