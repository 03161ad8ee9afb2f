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
            Members m = Members.of(getValue());
            super.getChildren().setAll(m.items(0, m.size()));
        }
        return super.getChildren();
    }

    /** The members of a row's table or array, by position; rows are made only for those asked for. */
    private record Members(JsonNode node, String path, @Nullable List<Map.Entry<String, JsonNode>> entries) {
        static Members of(Row row) {
            JsonNode n = row.node();
            return new Members(n, row.path(), n.isObject() ? new ArrayList<>(n.properties()) : null);
        }

        int size() {
            return entries != null ? entries.size() : node.isArray() ? node.size() : 0;
        }

        /** True when {@code item} shows member {@code i} as it is: the same node, under the same name. */
        boolean shownBy(TreeItem<Row> item, int i, boolean wasArray) {
            Row r = item.getValue();
            if (entries != null) {
                Map.Entry<String, JsonNode> e = entries.get(i);
                return !wasArray && r.node() == e.getValue() && r.name().equals(e.getKey());
            }
            return wasArray && r.node() == node.get(i);
        }

        List<TreeItem<Row>> items(int from, int to) {
            List<TreeItem<Row>> out = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                Map.Entry<String, JsonNode> e = entries == null ? null : entries.get(i);
                out.add(new JsonTreeItem(e != null ? new Row(e.getKey(), JsonPointers.child(path, e.getKey()),
                        e.getValue()) : new Row("[" + (i + 1) + "]", JsonPointers.child(path, i), node.get(i))));
            }
            return out;
        }
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
     * Shows {@code node} in this row (an edit changed it). Of the children already built, the first and last ones
     * that still show the same node under the same name stay as they are (with their own rows and state: an item
     * appended to 40,000 adds one row, it does not build 40,000); those between are built again from {@code node},
     * and the rows that were expanded below them stay expanded.
     */
    void reload(JsonNode node) {
        boolean wasArray = getValue().node().isArray();
        setValue(new Row(getValue().name(), getValue().path(), node));
        if (!built) {
            return;
        }
        ObservableList<TreeItem<Row>> now = super.getChildren();
        Members next = Members.of(getValue());
        int from = 0;
        while (from < now.size() && from < next.size() && next.shownBy(now.get(from), from, wasArray)) {
            from++;
        }
        int oldEnd = now.size();
        int newEnd = next.size();
        // an array's items are named by position: only a list of the same length keeps its last rows
        while (oldEnd > from && newEnd > from && (!wasArray || oldEnd == newEnd)
                && next.shownBy(now.get(oldEnd - 1), newEnd - 1, wasArray)) {
            oldEnd--;
            newEnd--;
        }
        Set<String> open = new HashSet<>();
        for (TreeItem<Row> c : now.subList(from, oldEnd)) {
            if (c.isExpanded()) {
                open.add(c.getValue().path());
                expanded(c, open);
            }
        }
        List<TreeItem<Row>> made = next.items(from, newEnd);
        if (oldEnd > from) {
            now.remove(from, oldEnd);
        }
        if (!made.isEmpty()) {
            now.addAll(from, made);
        }
        for (TreeItem<Row> c : made) {
            if (open.contains(c.getValue().path())) {
                c.setExpanded(true);
                reopen(c, open);
            }
        }
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
