package dev.profilelens.app.raw;

import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** Read-only JSON text with colouring (computed off the FX thread) and find (Enter: next match). */
public final class RawPane extends BorderPane {
    private final CodeArea area = new CodeArea();
    private final TextField find = new TextField();
    private final Label found = new Label();

    public RawPane(String text, TaskExecutor tasks) {
        area.setId("raw-text");
        area.setEditable(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
        find.setPromptText("Find in value (Enter for next)");
        find.setId("raw-find");
        find.setPrefColumnCount(28);
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                findNext();
            }
        });
        found.getStyleClass().add("muted");
        setTop(new ToolBar(find, found));
        setCenter(new VirtualizedScrollPane<>(area));
        tasks.execute(BackgroundTask.of("Colour JSON", () -> JsonHighlighter.spans(text))
                .onSuccess(spans -> {
                    if (area.getLength() == text.length()) {
                        area.setStyleSpans(0, spans);
                    }
                }));
    }

    /** Selects the next occurrence of the search text after the caret, wrapping around. */
    public boolean findNext() {
        String needle = find.getText();
        if (needle == null || needle.isEmpty()) {
            return false;
        }
        String text = area.getText();
        int from = area.getSelection().getEnd();
        int at = text.indexOf(needle, from);
        if (at < 0) {
            at = text.indexOf(needle);
        }
        if (at < 0) {
            found.setText("not found");
            return false;
        }
        found.setText("line " + (area.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                .getMajor() + 1));
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
        return true;
    }

    public void focusFind() {
        find.requestFocus();
    }

    public CodeArea area() {
        return area;
    }
}
