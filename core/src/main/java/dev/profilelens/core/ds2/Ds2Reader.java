package dev.profilelens.core.ds2;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads DataStore2 players the way the module does (datastore2.md §1.3–1.9). The latest OrderedBackups value costs
 * exactly one ordered list (descending, page size 1) and one standard get; the #206 probe of {@code N+1} is one more
 * get, and AUTO/MIGRATED read the Standard location first (one get), as MigrateOrderedBackups does.
 */
public final class Ds2Reader {
    private final ProfileSource standard;
    private final OrderedSource ordered;

    public Ds2Reader(ProfileSource standard, OrderedSource ordered) {
        this.standard = standard;
        this.ordered = ordered;
    }

    /** The latest backup {@code N} and its value: one ordered list and one get. Empty when there is no backup. */
    public Optional<Backup> latestBackup(Ds2Places places) {
        Optional<OrderedEntry> top = topEntry(places);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        long n = top.get().value();
        return Optional.of(new Backup(n, standard.read(places.backup(n)).orElse(null)));
    }

    /** A backup {@code N} with its standard value (null when the ordered entry points at nothing). */
    public record Backup(long n, @Nullable StoredEntry entry) {
    }

    private Optional<OrderedEntry> topEntry(Ds2Places places) {
        String cursor = null;
        do {
            Page<OrderedEntry> p = ordered.list(places.ordered(), OrderedQuery.descendingOrder(), cursor, 1);
            if (!p.items().isEmpty()) {
                return Optional.of(p.items().get(0));
            }
            cursor = p.nextCursor();
        } while (cursor != null);
        return Optional.empty();
    }

    /** Reads a player with the given layout ({@code probe}: also look for an unindexed {@code N+1}). */
    public Ds2Player read(Ds2Address address, Ds2Places places, Ds2Layout layout, boolean probe) {
        List<String> warnings = new ArrayList<>();
        String readOnly = null;
        StoredEntry std = layout == Ds2Layout.ORDERED_BACKUPS ? null : standard.read(places.standard()).orElse(null);
        Optional<Backup> backup = layout == Ds2Layout.STANDARD || (layout == Ds2Layout.MIGRATED && std != null)
                ? Optional.empty() : latestBackup(places);
        Ds2Layout found = layout;
        if (layout == Ds2Layout.AUTO) {
            if (std != null && backup.isPresent()) {
                found = Ds2Layout.MIGRATED;
                readOnly = "Both the Standard location " + places.standard() + " and OrderedBackups " + places
                        .backupStore() + " hold data: the layout is ambiguous. MigrateOrderedBackups would read the "
                        + "Standard one (shown); choose the layout (--layout) to edit.";
                warnings.add(readOnly);
            } else {
                found = std != null ? Ds2Layout.STANDARD : Ds2Layout.ORDERED_BACKUPS;
            }
        }
        boolean fromStandard = std != null && found != Ds2Layout.ORDERED_BACKUPS;
        StoredEntry latest = fromStandard ? std : backup.map(Backup::entry).orElse(null);
        Long n = fromStandard ? null : backup.map(Backup::n).orElse(null);
        if (!fromStandard && backup.isPresent() && backup.get().entry() == null) {
            warnings.add("The ordered store says the latest backup is " + n + ", but the standard store has no "
                    + "entry " + n + ".");
        }
        StoredEntry unindexed = null;
        if (probe && n != null) {
            unindexed = standard.read(places.backup(n + 1)).orElse(null);
            if (unindexed != null) {
                readOnly = "The newest save is not indexed: standard entry " + (n + 1) + " exists without its "
                        + "ordered entry (DataStore2 issue #206 or an interrupted save). The game loads " + n + ".";
                warnings.add(readOnly);
            }
        }
        if (latest != null) {
            String broken = ruleBreak(latest);
            if (broken != null) {
                warnings.add(broken);
                readOnly = readOnly == null ? broken : readOnly;
            }
        }
        return new Ds2Player(address, found, places, n, latest, unindexed, warnings, readOnly);
    }

    private static @Nullable String ruleBreak(StoredEntry e) {
        try {
            return Ds2Rules.check(RobloxJson.parse(e.value())).map(b -> "The value breaks DataStore2's rules at "
                    + (b.path().isEmpty() ? "the top" : b.path()) + ": " + b.problem() + ". Shown read-only.")
                    .orElse(null);
        } catch (InvalidInputException ex) {
            return "The stored value is not valid JSON (" + ex.userMessage() + "). Shown read-only.";
        }
    }

    /** One page of backups, newest first: the ordered entries only (read a value with {@link #backup}). */
    public Page<OrderedEntry> history(Ds2Places places, @Nullable String cursor, int limit) {
        return ordered.list(places.ordered(), OrderedQuery.descendingOrder(), cursor, limit);
    }

    /** The standard value of backup {@code N}. */
    public Optional<StoredEntry> backup(Ds2Places places, long n) {
        return standard.read(places.backup(n));
    }
}
