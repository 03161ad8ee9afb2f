package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.JsonPointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.jspecify.annotations.Nullable;

/** A tree item over a JSON node whose children are built only when first shown (4 MB profiles stay light). */
final class JsonTreeItem extends TreeItem<JsonTreeItem.Row> {
    /**
     * One row: the member name or index, the JSON pointer, the node. Rows are equal when they show the same node
     * object, not an equal one: a cell compares its old and new row on every update, and comparing the contents of
     * two reads of a 4 MB inventory took longer than the whole read.
     */
    record Row(String name, String path, JsonNode node) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && r.node == node && r.name.equals(name) && r.path.equals(path);
        }

        @Override
        public int hashCode() {
            return 31 * path.hashCode() + System.identityHashCode(node);
        }
    }

    private boolean built;

    JsonTreeItem(Row row) {
        super(row);
    }

    @Override
    public boolean isLeaf() {
        return !getValue().node().isContainerNode() || getValue().node().isEmpty();
    }

    @Override
    public ObservableList<TreeItem<Row>> getChildren() {
        if (!built) {
            built = true;
            super.getChildren().setAll(children());
        }
        return super.getChildren();
    }

    private List<TreeItem<Row>> children() {
        List<TreeItem<Row>> out = new ArrayList<>();
        JsonNode n = getValue().node();
        String path = getValue().path();
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                out.add(new JsonTreeItem(new Row(e.getKey(), JsonPointers.child(path, e.getKey()), e.getValue())));
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.add(new JsonTreeItem(new Row("[" + (i + 1) + "]", JsonPointers.child(path, i), n.get(i))));
            }
        }
        return out;
    }

    boolean isBuilt() {
        return built;
    }

    /** Points this row at {@code node} (the same content, now the edit's own copy); its child rows stay. */
    void retarget(JsonNode node) {
        if (!node.isMissingNode()) {
            setValue(new Row(getValue().name(), getValue().path(), node));
        }
    }

    /**
     * Shows {@code node} in this row (an edit changed it); children already built are built again from it, and
     * the rows that were expanded below it stay expanded.
     */
    void reload(JsonNode node) {
        setValue(new Row(getValue().name(), getValue().path(), node));
        if (!built) {
            return;
        }
        Set<String> open = new HashSet<>();
        expanded(this, open);
        super.getChildren().setAll(children());
        reopen(this, open);
    }

    /** Adds the paths of the rows open below {@code item} to {@code out}. */
    static void expanded(TreeItem<Row> item, Set<String> out) {
        if (item instanceof JsonTreeItem j && !j.built) {
            return;
        }
        for (TreeItem<Row> c : item.getChildren()) {
            if (c.isExpanded()) {
                out.add(c.getValue().path());
                expanded(c, out);
            }
        }
    }

    /** Opens the rows below {@code item} whose paths are in {@code open}. */
    static void reopen(TreeItem<Row> item, Set<String> open) {
        for (TreeItem<Row> c : item.getChildren()) {
            if (open.contains(c.getValue().path())) {
                c.setExpanded(true);
                reopen(c, open);
            }
        }
    }

    /** Expands this item and every descendant (used by "Expand all"; bounded by the caller). */
    void expandAll(int maxItems) {
        int[] budget = {maxItems};
        expand(this, budget);
    }

    private static void expand(TreeItem<Row> item, int[] budget) {
        if (item.isLeaf() || budget[0]-- <= 0) {
            return;
        }
        item.setExpanded(true);
        for (TreeItem<Row> c : item.getChildren()) {
            expand(c, budget);
        }
    }

    /** The row of {@code path} at or below {@code from}, among the rows built so far; null when there is none. */
    static @Nullable JsonTreeItem find(JsonTreeItem from, String path) {
        String here = from.getValue().path();
        if (here.equals(path)) {
            return from;
        }
        if (!path.startsWith(here + "/") || !from.isBuilt()) {
            return null;
        }
        for (TreeItem<JsonTreeItem.Row> c : from.getChildren()) {
            JsonTreeItem found = find((JsonTreeItem) c, path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
