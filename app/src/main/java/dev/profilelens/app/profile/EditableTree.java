package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.edit.intent.Document;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentFailedException;
import dev.profilelens.core.edit.intent.ItemPaths;
import dev.profilelens.core.error.InspectorException;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.jspecify.annotations.Nullable;

/**
 * The Data tree's edit state: a copy of the value as shown (made at the first edit), every in-place edit tried on
 * it first (an intent that cannot apply is an inline error and goes nowhere), then handed to the sink, and the rows
 * it touched shown again and marked as edited.
 */
final class EditableTree {
    private final TreeTableView<JsonTreeItem.Row> tree;
    private JsonNode shown;
    private IntentSink sink;
    private final Label error;
    private final Set<String> edited = new HashSet<>();
    private @Nullable Document doc;

    /** {@code root} is the whole value as read (paths are pointers into it); the tree shows {@code root/Data}. */
    EditableTree(TreeTableView<JsonTreeItem.Row> tree, JsonNode root, IntentSink sink, Label error) {
        this.tree = tree;
        this.shown = root;
        this.sink = sink;
        this.error = error;
    }

    /** Starts over on a value read again: no edits made on it yet, none marked, no error shown. */
    void reset(JsonNode root, IntentSink newSink) {
        shown = root;
        sink = newSink;
        doc = null;
        edited.clear();
        error.setText("");
    }

    /** The value as shown now, edits included (the tree's rows point into it once something was edited). */
    JsonNode at(String path) {
        return (doc == null ? shown : doc.root()).at(path);
    }

    boolean edited(String path) {
        return edited.contains(path);
    }

    /**
     * Tries the intent on the shown value, then sends it; false (and the error shown) when it cannot apply. A path
     * into an array item whose items have an id-like field is sent addressing the item by that id (ADR 0202); the
     * rows keep their index paths. The shown value is never copied whole (a copy-on-write document).
     */
    boolean submit(Intent intent) {
        Document d = doc != null ? doc : Document.copyOnWrite(shown);
        doc = d;
        Intent addressed = ItemPaths.byIdentity(intent, d.root());
        try {
            d.apply(addressed);
        } catch (IntentFailedException e) {
            fail(e);
            return false;
        }
        error.setText("");
        sink.add(addressed);
        edited.add(intent.path());
        show(d, intent.path());
        return true;
    }

    void fail(InspectorException e) {
        error.setText(e.userMessage());
    }

    String lastError() {
        return error.getText();
    }

    /** Shows the value at {@code path} again: the row itself when it is still there, else its parent's rows. */
    private void show(Document d, String path) {
        retargetAncestors(d, (JsonTreeItem) tree.getRoot(), path);
        JsonTreeItem item = JsonTreeItem.find((JsonTreeItem) tree.getRoot(), path);
        JsonNode now = d.root().at(path);
        if (item != null && !now.isMissingNode()) {
            DataTreePane.unfocused(tree, item, () -> item.reload(now));
        } else {
            String parent = path.substring(0, Math.max(0, path.lastIndexOf('/')));
            JsonTreeItem p = JsonTreeItem.find((JsonTreeItem) tree.getRoot(), parent);
            if (p != null) {
                DataTreePane.unfocused(tree, p, () -> p.reload(d.root().at(parent)));
                p.setExpanded(true);
            }
        }
        tree.refresh();
    }

    /** The rows above an edited path show the document's own copies of their tables from now on. */
    private static void retargetAncestors(Document doc, JsonTreeItem from, String path) {
        String here = from.getValue().path();
        if (!path.startsWith(here + "/") || !from.isBuilt()) {
            return;
        }
        from.retarget(doc.root().at(here));
        for (TreeItem<JsonTreeItem.Row> c : from.getChildren()) {
            retargetAncestors(doc, (JsonTreeItem) c, path);
        }
    }
}
