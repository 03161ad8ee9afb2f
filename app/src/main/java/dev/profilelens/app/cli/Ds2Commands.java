package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Inspect;
import dev.profilelens.core.ds2.Ds2Places;
import dev.profilelens.core.ds2.Ds2Player;
import dev.profilelens.core.ds2.Ds2Reader;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@code get} and {@code versions} for a DataStore2 player ({@code ds2:MASTER/USERID}, cli.md). */
final class Ds2Commands {
    private Ds2Commands() {
    }

    /** The latest value on stdout (exactly as stored); layout, backup, save time and warnings on stderr. */
    static int get(SourceOption source, Ds2Options options, String address, boolean withInfo, PrintWriter out,
                   PrintWriter err) {
        Ds2Address a = Ds2Address.parse(address);
        Ds2Places places = options.places(a);
        try (ProfileSource s = source.openReadOnly();
             OrderedSource o = source.openOrdered(true)) {
            Ds2Player p = new Ds2Reader(s, o).read(a, places, options.layout(), true);
            if (!p.exists()) {
                throw new InvalidInputException("No DataStore2 data for " + a + " (looked in "
                        + places.standard() + " and the backups of " + places.backupStore() + ").", "KEY");
            }
            StoredEntry latest = Objects.requireNonNull(p.latest(), "a player that exists has a latest value");
            if (withInfo) {
                out.println(RobloxJson.prettyReport(envelope(p, latest)));
            } else {
                out.println(new String(latest.value(), StandardCharsets.UTF_8));
                err.println("datastore2 " + p.layout().jsonName() + (p.latestBackup() == null ? "  "
                        + latest.ref() : "  backup " + p.latestBackup()) + "  saved " + latest.updated()
                        + "  " + latest.sizeBytes() + " bytes");
                for (String w : p.warnings()) {
                    err.println("warning: " + w);
                }
                StoredEntry unindexed = p.unindexed();
                if (unindexed != null) {
                    err.println("unindexed newest save (backup " + nextBackup(p) + ", saved "
                            + unindexed.updated() + "): " + new String(unindexed.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return 0;
    }

    /** {@code inspect ds2:MASTER/USERID}: the inspect document of the latest value (ADR 0183). */
    static int inspect(SourceOption source, Ds2Options options, String address, PrintWriter out) {
        Ds2Address a = Ds2Address.parse(address);
        try (ProfileSource s = source.openReadOnly();
             OrderedSource o = source.openOrdered(true)) {
            Ds2Player p = new Ds2Reader(s, o).read(a, options.places(a), options.layout(), true);
            out.println(RobloxJson.prettyReport(Ds2Inspect.ofPlayer(p)));
        }
        return 0;
    }

    /** The {@code N+1} of an unindexed newest save (1 when no backup is indexed yet). */
    private static long nextBackup(Ds2Player p) {
        Long n = p.latestBackup();
        return n == null ? 1 : n + 1;
    }

    private static ObjectNode envelope(Ds2Player p, StoredEntry latest) {
        ObjectNode env = RobloxJson.nodes().objectNode();
        env.put("address", p.address().toString());
        env.put("dialect", "datastore2");
        env.put("layout", p.layout().jsonName());
        if (p.latestBackup() == null) {
            env.putNull("latestBackup");
        } else {
            env.put("latestBackup", p.latestBackup());
        }
        env.set("value", RobloxJson.parse(latest.value()));
        env.put("saved", latest.updated().toString());
        env.set("sections", sections(latest));
        StoredEntry unindexed = p.unindexed();
        if (unindexed == null) {
            env.putNull("unindexed");
        } else {
            ObjectNode u = env.putObject("unindexed");
            u.put("backup", nextBackup(p));
            u.put("saved", unindexed.updated().toString());
            u.set("value", RobloxJson.parse(unindexed.value()));
        }
        ArrayNode w = env.putArray("warnings");
        p.warnings().forEach(w::add);
        env.put("readOnly", p.readOnly() != null);
        return env;
    }

    /** The combined sub-keys (the master table's keys), or an empty list for a bare value. */
    private static ArrayNode sections(StoredEntry e) {
        ArrayNode a = RobloxJson.nodes().arrayNode();
        var v = RobloxJson.parse(e.value());
        if (v.isObject()) {
            v.fieldNames().forEachRemaining(a::add);
        }
        return a;
    }

    /** One JSON line per backup, newest first: {@code {"backup":N,"saved":…,"sizeBytes":…}}. */
    static int versions(SourceOption source, Ds2Options options, String address, int limit, PrintWriter out) {
        Ds2Address a = Ds2Address.parse(address);
        Ds2Places places = options.places(a);
        try (ProfileSource s = source.openReadOnly();
             OrderedSource o = source.openOrdered(true)) {
            Ds2Reader r = new Ds2Reader(s, o);
            int printed = 0;
            String cursor = null;
            do {
                Page<OrderedEntry> page = r.history(places, cursor, Math.min(100, limit - printed));
                for (OrderedEntry e : page.items()) {
                    out.println(line(e.value(), r.backup(places, e.value()).orElse(null)));
                    printed++;
                }
                cursor = page.nextCursor();
            } while (cursor != null && printed < limit);
        }
        return 0;
    }

    private static String line(long n, @Nullable StoredEntry e) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("backup", n);
        if (e == null) {
            o.putNull("saved");
            o.put("missing", true);
        } else {
            o.put("saved", e.updated().toString());
            o.put("sizeBytes", e.sizeBytes());
        }
        return o.toString();
    }
}
