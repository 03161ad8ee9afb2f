package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.Intent;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What {@code put} tells the user before writing: fields it keeps as stored, and changes that revert a server. */
final class PutChecks {
    private static final List<String> KEPT = List.of("/MetaData/ActiveSession", "/MetaData/ForceLoadSession",
            "/MetaData/SessionLoadCount", "/MetaData/LastUpdate", "/MetaData/ProfileCreateTime", "/GlobalUpdates");

    private PutChecks() {
    }

    /** Notes the library-owned fields where FILE differs from the stored value: they are kept as stored. */
    static void reportKept(@Nullable JsonNode stored, JsonNode file, PrintWriter err) {
        if (stored == null) {
            return;
        }
        List<String> differ = new ArrayList<>();
        for (String p : KEPT) {
            JsonNode a = stored.at(p);
            JsonNode b = file.at(p);
            if (!b.isMissingNode() && !JsonEquals.equal(a, b)) {
                differ.add(p);
            }
        }
        if (!differ.isEmpty()) {
            err.println("note: kept as stored (they belong to the libraries): " + String.join(", ", differ));
        }
    }

    /**
     * When FILE is an older copy (its {@code LastUpdate} or {@code SessionLoadCount} is below the stored one), the
     * paths the put would set back, each as "path: stored now → file"; empty otherwise.
     */
    static List<String> reverted(JsonNode stored, JsonNode file, List<Intent> intents) {
        if (!older(file, stored)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Intent i : intents) {
            JsonNode now = stored.at(i.path());
            out.add(i.path() + ": " + Change.text(now.isMissingNode() ? null : now) + " → " + i.describe());
        }
        return out;
    }

    private static boolean older(JsonNode file, JsonNode stored) {
        return less(file.at("/MetaData/LastUpdate"), stored.at("/MetaData/LastUpdate"))
                || less(file.at("/MetaData/SessionLoadCount"), stored.at("/MetaData/SessionLoadCount"));
    }

    private static boolean less(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() && a.asDouble() < b.asDouble();
    }
}
