package dev.profilelens.app.cli;

import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.core.audit.index.MetaTagScan;
import dev.profilelens.core.audit.index.ScanResult;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.ds2.Ds2ScanFeed;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedSources;
import dev.profilelens.core.store.ProfileSource;
import java.io.PrintWriter;
import java.util.Map;

/** {@code audit ds2:MASTER}: the path audit over DataStore2 players' latest values (ADR 0184). */
final class Ds2Audit {
    private Ds2Audit() {
    }

    static ScanResult scan(MetaTagScan scans, ProfileSource s, String spec, String store, String prefix,
                           ScanSpec scan, AuditIndex index, PrintWriter err) {
        String master = store.substring(dev.profilelens.core.ds2.Ds2Address.PREFIX.length());
        if (master.isEmpty() || master.contains("/")) {
            throw new InvalidInputException("audit ds2:MASTER takes the master key only, e.g. ds2:DATA (not \""
                    + store + "\")", "STORE");
        }
        try (OrderedSource o = OrderedSources.open(spec, Map.of("readOnly", "true"))) {
            return scans.run(new Ds2ScanFeed(s, o, master, prefix, scans.pacer(s)), scan, index, 1000,
                    p -> err.println(AuditCommand.progressLine(p)), () -> Thread.currentThread().isInterrupted());
        }
    }
}
