package dev.profilelens.app.editor;

import static dev.profilelens.app.widgets.Controls.button;

import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.widgets.Plurals;
import dev.profilelens.core.model.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's pending changes tray (issue #22 item 2): every open editor with unsaved intents, each intent with the
 * value as read → after, Save all (one save dialog, one reason) and Discard all; then each write's notice with its new
 * version and Undo, whichever tab is showing. Shown only while something is pending or a notice is open.
 */
public final class PendingTray extends BorderPane {
    private final ObservableList<EditorView> editors = FXCollections.observableArrayList();
    private final ListView<String> rows = new ListView<>();
    private final Label title = new Label();
    private final HBox top;
    /** The notices of the writes Save all started, one per editor, seen from whichever tab is showing. */
    private final VBox notices = new VBox();
    private final Map<EditorView, SavedNotice> noticeOf = new HashMap<>();

    public PendingTray() {
        setId("pending-tray");
        setStyle("-fx-border-color: -color-border-default, transparent; -fx-border-width: 1 0 0 0; -fx-padding: 4;");
        rows.setId("tray-rows");
        rows.setPrefHeight(140);
        title.setId("tray-title");
        title.setStyle("-fx-font-weight: bold;");
        Button saveAll = button("Save all…", "Save every pending edit with one reason", this::saveAll);
        saveAll.setId("tray-save-all");
        Button discardAll = button("Discard all", "Drop every pending edit (each editor goes back to the value as "
                + "read)", () -> List.copyOf(editors).forEach(e -> e.model().discard()));
        discardAll.setId("tray-discard-all");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        top = new HBox(8, title, grow, saveAll, discardAll);
        top.setStyle("-fx-padding: 0 0 4 0;");
        notices.setId("tray-notices");
        setTop(new VBox(notices, top));
        setCenter(rows);
        refresh();
    }

    /** Follows an editor until {@link #remove} (its tab closed). */
    public void add(EditorView e) {
        editors.add(e);
        e.model().analysisProperty().addListener((o, a, b) -> refresh());
        e.model().dirtyProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public void remove(EditorView e) {
        editors.remove(e);
        dropNotice(e);
        refresh();
    }

    /** A fresh notice row for {@code e}'s next write (the old rows of this Save all's editors go). */
    private SavedNotice noticeFor(EditorView e) {
        dropNotice(e);
        SavedNotice n = new SavedNotice("tray");
        n.visibleProperty().addListener((o, was, shown) -> refresh());
        noticeOf.put(e, n);
        notices.getChildren().add(n);
        return n;
    }

    private void dropNotice(EditorView e) {
        SavedNotice old = noticeOf.remove(e);
        if (old != null) {
            notices.getChildren().remove(old);
        }
    }

    private List<EditorView> dirty() {
        return editors.stream().filter(e -> !e.model().analysisProperty().get().pending().isEmpty()).toList();
    }

    private void refresh() {
        List<String> out = new ArrayList<>();
        List<EditorView> d = dirty();
        int n = 0;
        for (EditorView e : d) {
            out.add(name(e));
            for (var c : e.model().analysisProperty().get().pending()) {
                out.add("    " + SaveDialog.line(c));
                n++;
            }
        }
        rows.getItems().setAll(out);
        title.setText("Pending changes: " + Plurals.of(n, "change") + " in " + Plurals.of(d.size(), "editor"));
        boolean pending = !d.isEmpty();
        boolean noticed = notices.getChildren().stream().anyMatch(Node::isVisible);
        top.setVisible(pending);
        top.setManaged(pending);
        rows.setVisible(pending);
        rows.setManaged(pending);
        setVisible(pending || noticed);
        setManaged(pending || noticed);
    }

    private static String name(EditorView e) {
        EditTarget t = e.model().target();
        return t.session().connection().name() + " · " + t.ref().store() + " · " + t.ref().key();
    }

    private void saveAll() {
        List<EditorView> d = dirty();
        List<EditorView> guarded = d.stream().filter(PendingTray::needsOwnConfirmation).toList();
        List<EditorView> plain = d.stream().filter(e -> !needsOwnConfirmation(e)).toList();
        if (!plain.isEmpty()) {
            Optional<String> reason = new SaveDialog(getScene() == null ? null : getScene().getWindow(),
                    "Save all pending changes", plain.stream().map(e -> new SaveDialog.Group(name(e),
                    e.model().analysisProperty().get().pending())).toList()).ask();
            if (reason.isEmpty()) {
                return;
            }
            plain.forEach(e -> e.save(reason.get(), noticeFor(e)));
        }
        guarded.forEach(e -> e.save(noticeFor(e)));
    }

    /** Production connections, confirm-writes connections and whole-value edits ask for the typed key one by one. */
    private static boolean needsOwnConfirmation(EditorView e) {
        EditTarget t = e.model().target();
        return t.session().connection().production() || t.session().connection().safety() == SafetyLevel.CONFIRM_WRITES
                || t.kind() != Kind.PROFILE;
    }

    /** The rows shown (tests). */
    public List<String> rows() {
        return List.copyOf(rows.getItems());
    }
}
