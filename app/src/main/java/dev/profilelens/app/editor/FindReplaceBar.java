package dev.profilelens.app.editor;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

/** Find (Enter: next match, wrapping) and replace (one, or all) in the editor's text; each replace is undoable. */
final class FindReplaceBar extends HBox {
    private final CodeArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final Label found = new Label();

    FindReplaceBar(CodeArea area) {
        super(6);
        this.area = area;
        find.setPromptText("Find");
        find.setId("editor-find");
        replace.setPromptText("Replace with");
        replace.setId("editor-replace");
        find.setOnAction(e -> next());
        Button one = new Button("Replace");
        one.setOnAction(e -> replaceOne());
        Button all = new Button("Replace all");
        all.setId("editor-replace-all");
        all.setOnAction(e -> replaceAll());
        found.getStyleClass().add("muted");
        getChildren().addAll(find, replace, one, all, found);
        getStyleClass().add("find-bar");
    }

    boolean next() {
        String needle = find.getText();
        if (needle.isEmpty()) {
            return false;
        }
        String text = area.getText();
        int at = text.indexOf(needle, area.getSelection().getEnd());
        if (at < 0) {
            at = text.indexOf(needle);
        }
        found.setText(at < 0 ? "not found" : "");
        if (at >= 0) {
            area.selectRange(at, at + needle.length());
            area.requestFollowCaret();
        }
        return at >= 0;
    }

    private void replaceOne() {
        if (!area.getSelectedText().equals(find.getText()) && !next()) {
            return;
        }
        area.replaceSelection(replace.getText());
        next();
    }

    private void replaceAll() {
        String needle = find.getText();
        if (needle.isEmpty()) {
            return;
        }
        String text = area.getText();
        int count = (text.length() - text.replace(needle, "").length()) / needle.length();
        if (count > 0) {
            area.replaceText(0, area.getLength(), text.replace(needle, replace.getText()));
        }
        found.setText(count + " replaced");
    }
}
