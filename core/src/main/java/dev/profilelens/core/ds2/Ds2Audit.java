package dev.profilelens.core.ds2;

import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.core.audit.index.MetaTagScan;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.audit.index.ScanResult;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.ProfileSource;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The path audit over DataStore2 players' latest values ({@code ds2:MASTER}; ADR 0183), one use case for the
 * MetaTag audit window and {@code profilelens audit}: each player costs one ordered list and one get, paced.
 */
public final class Ds2Audit {
    private Ds2Audit() {
    }

    /** Scans every player of {@code store} ({@code ds2:MASTER}) whose UserId starts with {@code prefix}. */
    public static ScanResult scan(MetaTagScan scans, ProfileSource source, Supplier<OrderedSource> ordered,
            String store, String prefix,
                                  ScanSpec scan, AuditIndex index, long progressIntervalMillis,
                                  Consumer<ScanProgress> progress, BooleanSupplier cancelled) {
        String master = store.substring(Ds2Address.PREFIX.length());
        if (master.isEmpty() || master.contains("/")) {
            throw new InvalidInputException("The DataStore2 audit takes the master key only, e.g. ds2:DATA (not \""
                    + store + "\")", "STORE");
        }
        try (OrderedSource o = ordered.get()) {
            return scans.run(new Ds2ScanFeed(source, o, master, prefix, scans.pacer(source)), scan, index,
                    progressIntervalMillis, progress, cancelled);
        }
    }
}
