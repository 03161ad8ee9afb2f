package dev.profilelens.app.raw;

import java.util.Collection;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.model.StyleSpan;

/**
 * A read-only view of a very large text as a virtualized list of lines (ADR 0081): only the rows on screen exist
 * and are coloured; the text is never copied into a document model. Selection is by whole lines (Ctrl+C copies
 * them); find selects the line of the match.
 */
public final class LargeTextView extends ListView<Integer> {
    private final TextLines lines;

    /** A view of {@code text}; splitting it into lines reads it once (about 1 ms a MB), never copying it. */
    public LargeTextView(String text) {
        this(new TextLines(text));
    }

    LargeTextView(TextLines lines) {
        super(FXCollections.observableList(lines.indexes()));
        this.lines = lines;
        getStyleClass().add("large-text");
        setFixedCellSize(18);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setCellFactory(v -> new LineCell());
        setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copySelection();
                e.consume();
            }
        });
    }

    TextLines lines() {
        return lines;
    }

    /** The text of the selected lines, in order, one per line. */
    String selectedText() {
        return getSelectionModel().getSelectedIndices().stream().sorted().map(lines::line)
                .collect(Collectors.joining("\n"));
    }

    private void copySelection() {
        ClipboardContent c = new ClipboardContent();
        c.putString(selectedText());
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** Shows and selects line {@code line} (0-based). */
    void reveal(int line) {
        getSelectionModel().clearAndSelect(line);
        scrollTo(Math.max(0, line - 5));
    }

    private final class LineCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            setText(null);
            if (empty || index == null) {
                setGraphic(null);
                return;
            }
            String line = lines.line(index);
            Text number = new Text(String.format("%7d  ", index + 1));
            number.getStyleClass().addAll("text", "line-number");
            TextFlow flow = new TextFlow(number);
            int at = 0;
            for (StyleSpan<Collection<String>> span : JsonHighlighter.spans(line)) {
                if (span.getLength() == 0) {
                    continue;
                }
                Text t = new Text(line.substring(at, at + span.getLength()));
                t.getStyleClass().add("text");
                t.getStyleClass().addAll(span.getStyle());
                flow.getChildren().add(t);
                at += span.getLength();
            }
            setGraphic(flow);
        }
    }
}
