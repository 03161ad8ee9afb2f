package dev.profilelens.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.dialog.ScreenFit;
import dev.profilelens.app.widgets.Controls;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The merge view of a conflict outcome (issue #15 item 2): per path that an intent could not apply to, the value as
 * read (base), what my intent wanted (mine), what is stored now (theirs) and a custom value — every value shown.
 * Theirs is preselected where the game changed the path (keeping a player's progress is the default). The picks go
 * back to the editor as choices: theirs drops my intent on the path, mine or custom sets that value.
 */
final class MergeDialog extends Dialog<Map<String, Optional<JsonNode>>> {
    /** What a path keeps. */
    enum Pick { THEIRS, MINE, CUSTOM }

    private final Map<SaveResult.PathConflict, ChoiceBox<Pick>> picks = new LinkedHashMap<>();
    private final Map<SaveResult.PathConflict, TextField> custom = new LinkedHashMap<>();
    private final Label problem = new Label();

    MergeDialog(@Nullable Window owner, String key, SaveResult.Conflict conflict) {
        initOwner(owner);
        setTitle("Merge changes to " + key);
        setHeaderText(conflict.paths().size() + " of your changes to " + key + " cannot apply to the value stored now"
                + " (version " + conflict.theirsVersion() + "). Everything else is kept as it is. Choose per path.");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, bold("Path"), bold("Why"), bold("Base (as read)"), bold("Mine"), bold("Theirs (stored now)"),
                bold("Keep"), bold("Custom value (JSON)"));
        int row = 1;
        for (SaveResult.PathConflict c : conflict.paths()) {
            ChoiceBox<Pick> side = new ChoiceBox<>();
            side.getItems().setAll(c.mine() == null ? new Pick[] {Pick.THEIRS, Pick.CUSTOM} : Pick.values());
            side.setValue(gameChanged(c) || c.mine() == null ? Pick.THEIRS : Pick.MINE);
            side.setId("pick-" + row);
            TextField value = new TextField(json(c.mine() != null ? c.mine() : c.theirs()));
            value.setId("custom-" + row);
            value.disableProperty().bind(side.valueProperty().isNotEqualTo(Pick.CUSTOM));
            picks.put(c, side);
            custom.put(c, value);
            grid.addRow(row++, new Label(c.path()), value(c.intent() + " — " + c.message()), value(c.base()),
                    value(c.mine() == null ? null : c.mine(), c.intent()), value(c.theirs()), side, value);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(400, 60 + 48 * conflict.paths().size()));
        problem.setId("merge-problem");
        problem.getStyleClass().add("explain-danger");
        Controls.shownWhenSet(problem);
        getDialogPane().setContent(new VBox(8, scroll, problem));
        getDialogPane().setId("merge-dialog");
        ButtonType apply = new ButtonType("Use these choices and save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        ((Button) getDialogPane().lookupButton(apply)).addEventFilter(ActionEvent.ACTION, e -> {
            if (result() == null) {
                e.consume();
            }
        });
        setResultConverter(b -> b == apply ? result() : null);
        ScreenFit.fit(this, owner);
    }

    /** True when the game changed the path since it was read (theirs differs from base). */
    static boolean gameChanged(SaveResult.PathConflict c) {
        return c.base() == null ? c.theirs() != null : c.theirs() == null || !JsonEquals.equal(c.base(), c.theirs());
    }

    private @Nullable Map<String, Optional<JsonNode>> result() {
        Map<String, Optional<JsonNode>> out = new LinkedHashMap<>();
        for (var e : picks.entrySet()) {
            SaveResult.PathConflict c = e.getKey();
            switch (e.getValue().getValue()) {
                case THEIRS -> out.put(c.path(), Optional.empty());
                case MINE -> out.put(c.path(), Optional.of(Objects.requireNonNull(c.mine(), "offered with a value")));
                default -> {
                    try {
                        out.put(c.path(), Optional.of(RobloxJson.parse(Objects.requireNonNull(custom.get(c),
                                "a field per conflict").getText())));
                    } catch (InvalidInputException ex) {
                        problem.setText("The custom value for " + c.path() + " is not JSON: " + ex.userMessage());
                        return null;
                    }
                }
            }
        }
        problem.setText("");
        return out;
    }

    Optional<Map<String, Optional<JsonNode>>> ask() {
        return showAndWait();
    }

    private static String json(@Nullable JsonNode v) {
        return v == null ? "" : RobloxJson.writeString(v);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label value(@Nullable JsonNode v) {
        return value(v, "(absent)");
    }

    private static Label value(@Nullable JsonNode v, String absent) {
        return value(v == null || v.isMissingNode() ? absent : RobloxJson.prettyReport(v));
    }

    private static Label value(String text) {
        Label l = new Label(text.length() > 200 ? text.substring(0, 200) + "…" : text);
        l.setWrapText(true);
        l.setMaxWidth(240);
        return l;
    }
}
