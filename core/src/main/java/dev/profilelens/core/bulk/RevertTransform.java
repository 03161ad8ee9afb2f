package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.JsonPointers;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.ValueTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Undoes a batch's writes to one key, path by path, guarded: a path is set back to its value before the batch only
 * while it still holds the value the batch wrote; a path someone changed since is left alone and reported. The
 * mailbox and the session lock are the libraries' and never reverted.
 */
final class RevertTransform implements ValueTransform {
    private static final Set<String> LIBRARY = Set.of("/GlobalUpdates", "/MetaData/ActiveSession",
            "/MetaData/ForceLoadSession", "/Metadata/ActiveSession", "/Metadata/ForceLoadSession");

    private final List<PathChange> leaves;
    private volatile List<String> skipped = List.of();

    /** {@code leaves} newest write first. */
    RevertTransform(List<PathChange> leaves) {
        this.leaves = List.copyOf(leaves);
    }

    /** The paths of what one write changed, from the value before it to the value it wrote. */
    static void leaves(String path, @Nullable JsonNode before, @Nullable JsonNode after, List<PathChange> out) {
        if (LIBRARY.contains(path) || JsonEquals.equal(before, after)) {
            return;
        }
        if (before instanceof ObjectNode b && after instanceof ObjectNode a) {
            List<String> names = new ArrayList<>();
            b.fieldNames().forEachRemaining(names::add);
            a.fieldNames().forEachRemaining(n -> {
                if (!b.has(n)) {
                    names.add(n);
                }
            });
            for (String n : names) {
                leaves(JsonPointers.child(path, n), b.get(n), a.get(n), out);
            }
            return;
        }
        out.add(new PathChange(path, before, after));
    }

    /** The paths left alone at the last application, each with why. */
    List<String> skipped() {
        return skipped;
    }

    @Override
    public JsonNode apply(JsonNode latest) {
        List<String> left = new ArrayList<>();
        JsonNode root = latest.deepCopy();
        for (PathChange l : leaves) {
            JsonNode now = present(root.at(l.path()));
            if (JsonEquals.equal(now, l.before())) {
                continue;
            }
            if (!JsonEquals.equal(now, l.after())) {
                left.add(l.path() + " changed since the batch (now " + Change.text(now) + ", batch wrote "
                        + Change.text(l.after()) + ")");
                continue;
            }
            put(root, l.path(), l.before());
        }
        skipped = List.copyOf(left);
        return root;
    }

    private static @Nullable JsonNode present(JsonNode n) {
        return n.isMissingNode() ? null : n;
    }

    private static void put(JsonNode root, String path, @Nullable JsonNode value) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = root.at(path.substring(0, slash));
        String name = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove(name);
            } else {
                o.set(name, value.deepCopy());
            }
        } else if (parent instanceof ArrayNode a && value != null) {
            a.set(Integer.parseInt(name), value.deepCopy());
        }
    }
}
