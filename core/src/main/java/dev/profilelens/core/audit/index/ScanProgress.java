package dev.profilelens.core.audit.index;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Where a scan is.
 *
 * @param perSecond keys per second since this run started
 * @param eta       time left at that rate, null until a rate is known
 */
public record ScanProgress(long done, long total, double perSecond, @Nullable Duration eta) {
    /** 0..1; 1 when there is nothing to scan. */
    public double fraction() {
        return total <= 0 ? 1 : Math.min(1, (double) done / total);
    }
}
