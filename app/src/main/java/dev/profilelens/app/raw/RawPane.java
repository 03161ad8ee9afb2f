package dev.profilelens.app.raw;

import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * Read-only JSON text with colouring and find (Enter: next match). The styled document (lines and colours) is built
 * off the FX thread and swapped in whole, so a 4 MB value costs the FX thread one replace, not a parse per line.
 */
public final class RawPane extends BorderPane {
    private final CodeArea area = new CodeArea();
    private final TextField find = new TextField();
    private final Label found = new Label();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");

    public RawPane(String text, TaskExecutor tasks) {
        area.setId("raw-text");
        area.setEditable(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
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
        found.setText("formatting…");
        tasks.execute(BackgroundTask.of("Colour JSON", () -> document(text))
                .onSuccess(doc -> {
                    area.replace(0, area.getLength(), doc);
                    area.moveTo(0);
                    area.requestFollowCaret();
                    found.setText("");
                    ready.set(true);
                })
                .onFailure(e -> {
                    area.replaceText(text);
                    found.setText("shown without colours: " + e.getMessage());
                    ready.set(true);
                }));
    }

    /** Lines and colours as one immutable document; pure, safe on any thread. Colours are found line by line. */
    static StyledDocument<Collection<String>, String, Collection<String>> document(String text) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> b =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), Collections.emptyList());
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            String line = text.substring(from, nl < 0 ? text.length() : nl);
            b.addParagraph(List.of(line), JsonHighlighter.spans(line));
            if (nl < 0) {
                return b.build();
            }
            from = nl + 1;
        }
    }

    /** True once the text is shown (it is prepared in the background). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
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
