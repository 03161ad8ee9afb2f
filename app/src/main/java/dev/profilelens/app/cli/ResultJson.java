package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.Intent;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JSON {@code edit} prints (cli.md): {@code {"written", "before", "after", "intents", "conflicts"}}, where
 * {@code before}/{@code after} hold the value at each intent's path before and after it.
 */
final class ResultJson {
    private ResultJson() {
    }

    static ObjectNode of(List<Intent> intents, SaveResult result) {
        ObjectNode out = RobloxJson.nodes().objectNode();
        out.set("written", result instanceof SaveResult.Written w ? RobloxJson.nodes().textNode(w.versionAfter())
                : RobloxJson.nodes().nullNode());
        List<Change> changes = changes(result);
        ObjectNode before = out.putObject("before");
        ObjectNode after = out.putObject("after");
        ArrayNode list = out.putArray("intents");
        for (int i = 0; i < intents.size(); i++) {
            Intent in = intents.get(i);
            ObjectNode o = list.addObject().put("op", in.kind()).put("path", in.path()).put("intent", in.describe());
            if (i < changes.size()) {
                Change c = changes.get(i);
                String key = in.path().isEmpty() ? "(whole value)" : in.path();
                if (!before.has(key)) {
                    before.set(key, orNull(c.before()));
                }
                after.set(key, orNull(c.after()));
                o.put("change", c.describe());
            }
        }
        ArrayNode conflicts = out.putArray("conflicts");
        if (result instanceof SaveResult.Conflict c) {
            for (SaveResult.PathConflict p : c.paths()) {
                ObjectNode o = conflicts.addObject().put("path", p.path()).put("intent", p.intent())
                        .put("reason", p.reason() == null ? "changed" : p.reason().name().toLowerCase(
                                Locale.ROOT)).put("message", p.message());
                o.set("base", orNull(p.base()));
                o.set("mine", orNull(p.mine()));
                o.set("theirs", orNull(p.theirs()));
            }
        }
        if (result instanceof SaveResult.Written w && w.reapplied() > 0) {
            out.put("reapplied", w.reapplied());
        }
        if (result instanceof SaveResult.Unchanged u && u.dryRun()) {
            out.put("dryRun", true);
        }
        return out;
    }

    private static List<Change> changes(SaveResult r) {
        if (r instanceof SaveResult.Written w) {
            return w.changes();
        }
        return r instanceof SaveResult.Unchanged u ? u.changes() : List.of();
    }

    private static JsonNode orNull(@Nullable JsonNode v) {
        return v == null ? RobloxJson.nodes().nullNode() : v;
    }
}
