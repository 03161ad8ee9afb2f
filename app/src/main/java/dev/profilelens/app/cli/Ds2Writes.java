package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Layout;
import dev.profilelens.core.ds2.Ds2Player;
import dev.profilelens.core.ds2.Ds2Reader;
import dev.profilelens.core.ds2.Ds2WriteRequest;
import dev.profilelens.core.ds2.Ds2Writer;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.RemoveKey;
import dev.profilelens.core.edit.intent.SetValue;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.StoredEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code edit}, {@code put} and {@code restore} of a DataStore2 player ({@code ds2:MASTER/USERID}, ADR 0180): all
 * through the one core use case {@link Ds2Writer}. Prints the {@code edit} JSON (cli.md) with {@code backup}, and on
 * stderr the outcome with the offline evidence when refused.
 */
final class Ds2Writes {
    private final SourceOption source;
    private final Ds2Options options;
    private final PrintWriter out;
    private final PrintWriter err;

    Ds2Writes(SourceOption source, Ds2Options options, PrintWriter out, PrintWriter err) {
        this.source = source;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Writes intents built from the player as read (null result: the intents are fixed already). */
    int run(String address, Function<Reading, List<Intent>> intents, String reason, String action, boolean offline,
            boolean dryRun) {
        Ds2Address a = Ds2Address.parse(address);
        try (WriteSession session = WriteSession.open(source.env, source.spec);
             OrderedSource ordered = source.openOrdered(false)) {
            Ds2Writer writer = new Ds2Writer(session.source(), ordered, session.audit(),
                    source.env.providers().presence(source.spec), source.env.clock(), source.env.user(),
                            session.connection());
            Ds2Layout layout = options.layout();
            Ds2Player player = new Ds2Reader(session.source(), ordered)
                    .read(a, options.places(a), layout, true);
            List<Intent> list = intents.apply(new Reading(player, session));
            SaveResult result = writer.save(new Ds2WriteRequest(a, options.places(a), layout, list, reason, action,
                    offline, dryRun));
            ObjectNode json = ResultJson.of(list, result);
            json.put("address", a.toString());
            out.println(json.toString());
            if (result instanceof SaveResult.Written w) {
                err.println(player.layout() == Ds2Layout.ORDERED_BACKUPS ? "written: " + a + " backup "
                        + w.versionAfter() + " (was " + (w.versionBefore() == null ? "none" : w.versionBefore())
                        + "); the game loads it when the player next joins" : "written: " + a + " version "
                        + w.versionAfter());
            } else if (result.exitCode() == 0) {
                err.println(result.message());
            } else {
                err.println("error: " + result.message());
            }
            return result.exitCode();
        }
    }

    /** A field-level restore: each path set to its value in the older backup (removed where it was absent). */
    static List<Intent> pathIntents(JsonNode older, List<String> paths) {
        List<Intent> out = new ArrayList<>();
        for (String p : paths) {
            JsonNode v = older.at(p);
            out.add(v.isMissingNode() ? new RemoveKey(p)
                    : SetValue.of(p, v));
        }
        return out;
    }

    /** The player as read before the write, and the session's source (for a restore's older value). */
    record Reading(Ds2Player player, WriteSession session) {
        /** Backup {@code N} (OrderedBackups) or Roblox version {@code V} of the Standard location. */
        StoredEntry older(String version) {
            if (player.layout() == Ds2Layout.ORDERED_BACKUPS) {
                long n;
                try {
                    n = Long.parseLong(version);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("--version " + version + ": a DataStore2 backup is a number N "
                            + "(list them with: profilelens versions " + player.address() + ")", "--version");
                }
                return session.source().read(player.places().backup(n)).orElseThrow(() -> new InvalidInputException(
                        "There is no backup " + n + " of " + player.address(), "--version"));
            }
            return session.source().readVersion(player.places().standard(), version).orElseThrow(() ->
                    new InvalidInputException("There is no readable version " + version + " of "
                            + player.places().standard(), "--version"));
        }

        JsonNode olderValue(String version) {
            return RobloxJson.parse(older(version).value());
        }
    }
}
