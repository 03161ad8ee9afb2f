package dev.profilelens.app.raw;

import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

/**
 * A read-only view of a very large text as a virtualized list of lines (ADR 0081): only the rows on screen exist
 * and are coloured, each drawn as one node ({@link CodeLine}, ADR 0258); the text is never copied into a document
 * model. Selection is by whole lines (Ctrl+C copies them); find selects the line of the match.
 */
public final class LargeTextView extends ListView<Integer> {
    private static final double CELL_HEIGHT = 18;
    private TextLines lines;
    private final CodePalette palette = new CodePalette();
    private boolean redrawQueued;

    /** A view of {@code text}; splitting it into lines reads it once (about 1 ms a MB), never copying it. */
    public LargeTextView(String text) {
        this(new TextLines(text));
    }

    LargeTextView(TextLines lines) {
        super(FXCollections.observableList(lines.indexes()));
        this.lines = lines;
        getStyleClass().add("large-text");
        setFixedCellSize(CELL_HEIGHT);
        palette.onChange(() -> {
            if (!redrawQueued) {
                redrawQueued = true;
                Platform.runLater(() -> {
                    redrawQueued = false;
                    // the cells the list has now (it makes and drops them itself): none is kept here
                    lookupAll(".list-cell").forEach(n -> {
                        if (n instanceof LineCell cell) {
                            cell.redraw();
                        }
                    });
                });
            }
        });
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setCellFactory(v -> new LineCell());
        setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copySelection();
                e.consume();
            }
        });
    }

    /** The list's usual skin, with the palette (hidden) among its children so that the stylesheet styles it. */
    @Override
    protected Skin<?> createDefaultSkin() {
        return new ListViewSkin<>(this) {
            {
                getChildren().add(palette);
            }
        };
    }

    /** Shows {@code newLines} instead (the value was read again), from the first line. */
    void setLines(TextLines newLines) {
        lines = newLines;
        getSelectionModel().clearSelection();
        // through null: the items' change listeners compare the old list with the new one element by element, and
        // two lists of line numbers are equal up to the shorter one's end (233,681 boxed numbers for a 4 MB value)
        setItems(null);
        setItems(FXCollections.observableList(newLines.indexes()));
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

    /** {@code n} right-aligned in 7 columns and two spaces, as {@code "%7d  "} (without a formatter per line). */
    static String number(int n) {
        String digits = Integer.toString(n);
        return " ".repeat(Math.max(0, 7 - digits.length())) + digits + "  ";
    }

    private final class LineCell extends ListCell<Integer> {
        private final CodeLine line = new CodeLine(CELL_HEIGHT);

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            setText(null);
            if (empty || index == null) {
                setGraphic(null);
                return;
            }
            line.draw(number(index + 1), lines.line(index), palette);
            setGraphic(line);
        }

        void redraw() {
            if (getGraphic() == line) {
                line.redraw(palette);
            }
        }
    }
}
