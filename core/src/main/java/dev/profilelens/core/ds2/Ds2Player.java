package dev.profilelens.core.ds2;

import dev.profilelens.core.store.StoredEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A DataStore2 player as read: the layout found, the latest value and where it came from, the unindexed newest
 * save when there is one (DS2 issue #206), and why it is read-only when it is.
 *
 * @param latestBackup the {@code N} of the latest backup (OrderedBackups), null for the Standard location
 * @param latest       the latest stored value, null when the player has none
 * @param unindexed    standard entry {@code N+1} when it exists without its ordered entry (not probed: null)
 * @param warnings     plain-language notes (ambiguous layout, rule breaks, unindexed save)
 * @param readOnly     null when writes may be considered, else the reason they are refused
 */
public record Ds2Player(Ds2Address address, Ds2Layout layout, Ds2Places places, @Nullable Long latestBackup,
                        @Nullable StoredEntry latest, @Nullable StoredEntry unindexed, List<String> warnings,
                        @Nullable String readOnly) {
    public Ds2Player {
        warnings = List.copyOf(warnings);
    }

    public boolean exists() {
        return latest != null;
    }
}
