package dev.profilelens.core.audit.index;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The persisted progress of a scan, so it can resume after a cancel or a crash.
 *
 * @param spec     {@link ScanSpec#describe()} of the scan
 * @param cursor   where to continue listing (null: from the start, or finished)
 * @param done     keys indexed so far
 * @param total    keys counted before the scan (the progress denominator)
 * @param finished true when the scan reached the end
 */
public record ScanState(String spec, @Nullable String cursor, long done, long total, boolean finished) {
    public ScanState {
        Objects.requireNonNull(spec, "spec");
    }
}
