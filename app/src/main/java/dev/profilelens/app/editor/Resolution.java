package dev.profilelens.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.Conflict;
import dev.profilelens.core.diff.JsonPatch;
import dev.profilelens.core.diff.MergeResult;
import java.util.Map;

/** Turns a three-way merge and the user's pick per conflict into the value to save. Pure. */
public final class Resolution {
    /** Which side a conflict keeps. */
    public enum Side { THEIRS, MINE }

    private Resolution() {
    }

    /** The merged value with each conflict set to the chosen side (theirs when not chosen). */
    public static JsonNode resolve(MergeResult merge, Map<String, Side> choices) {
        ArrayNode patch = RobloxJson.nodes().arrayNode();
        for (Conflict c : merge.conflicts()) {
            if (choices.getOrDefault(c.path(), Side.THEIRS) != Side.MINE) {
                continue;
            }
            ObjectNode op = patch.addObject();
            if (c.mine() == null || c.mine().isMissingNode()) {
                if (c.theirs() == null || c.theirs().isMissingNode()) {
                    patch.remove(patch.size() - 1);
                    continue;
                }
                op.put("op", "remove").put("path", c.path());
            } else {
                op.put("op", c.theirs() == null || c.theirs().isMissingNode() ? "add" : "replace")
                        .put("path", c.path()).set("value", c.mine());
            }
        }
        return patch.isEmpty() ? merge.merged() : JsonPatch.apply(patch, merge.merged());
    }
}
