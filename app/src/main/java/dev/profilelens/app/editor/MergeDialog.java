package dev.profilelens.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.Conflict;
import dev.profilelens.core.diff.MergeResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * Three-way merge view: someone saved the profile after it was read and both changed the same places. Every
 * non-overlapping change is already merged; for each conflict the user sees base, theirs and mine and picks a side.
 * Theirs (what the game stored) is preselected: keeping a player's progress is the default, overwriting it a choice.
 * The resolved value goes back into the editor, where it can still be edited before saving again.
 */
final class MergeDialog extends Dialog<Map<String, Resolution.Side>> {
    private final Map<String, ChoiceBox<Resolution.Side>> picks = new LinkedHashMap<>();

    MergeDialog(@Nullable Window owner, String key, MergeResult merge, int autoMerged) {
        initOwner(owner);
        setTitle("Merge changes to " + key);
        setHeaderText(key + " was saved by someone else since you read it. " + autoMerged
                + " of their changes merge with yours on their own; choose a side for each conflict below.");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, bold("Path"), bold("Base (as read)"), bold("Theirs (stored now)"), bold("Mine"),
                bold("Keep"));
        int row = 1;
        for (Conflict c : merge.conflicts()) {
            ChoiceBox<Resolution.Side> side = new ChoiceBox<>();
            side.getItems().setAll(Resolution.Side.values());
            side.setValue(Resolution.Side.THEIRS);
            side.setId("pick-" + row);
            picks.put(c.path(), side);
            grid.addRow(row++, new Label(c.path()), value(c.base()), value(c.theirs()), value(c.mine()), side);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(400, 40 + 32 * merge.conflicts().size()));
        getDialogPane().setContent(new VBox(8, scroll));
        getDialogPane().setId("merge-dialog");
        ButtonType apply = new ButtonType("Use these choices", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        setResultConverter(b -> {
            if (b != apply) {
                return null;
            }
            Map<String, Resolution.Side> out = new LinkedHashMap<>();
            picks.forEach((path, box) -> out.put(path, box.getValue()));
            return out;
        });
    }

    Optional<Map<String, Resolution.Side>> ask() {
        return showAndWait();
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label value(@Nullable JsonNode v) {
        String text = v == null || v.isMissingNode() ? "(absent)" : RobloxJson.prettyReport(v);
        Label l = new Label(text.length() > 200 ? text.substring(0, 200) + "…" : text);
        l.setWrapText(true);
        l.setMaxWidth(260);
        return l;
    }
}
