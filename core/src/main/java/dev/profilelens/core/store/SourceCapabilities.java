package dev.profilelens.core.store;

import org.jspecify.annotations.Nullable;

/**
 * What a source can do.
 *
 * @param readOnly true when nothing may be written (read-only file, read-only connection)
 * @param versions true when version history can be listed and read
 * @param budget   the request budget, or null when the source has none (local files)
 */
public record SourceCapabilities(boolean readOnly, boolean versions, @Nullable RequestBudget budget) {
}
