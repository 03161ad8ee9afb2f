package dev.profilelens.app.raw;

import java.util.BitSet;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.jspecify.annotations.Nullable;

/**
 * Read-only JSON text with colouring and find (Enter: next match). The text and its lines are prepared off the FX
 * thread and swapped in whole; colours are worked out only for the lines on screen (and a margin), once each, as
 * they scroll into view. A 4 MB value thus costs the FX thread one replace and a few dozen short lines of colour,
 * not a style span per token of the whole value. Values over {@value #LARGE} characters are shown in a
 * {@link LargeTextView} instead (lines on demand, whole-line selection), which costs neither a document model nor a
 * replace (ADR 0081).
 */
public final class RawPane extends BorderPane {
    static final int LARGE = 1_000_000;
    private static final int MARGIN = 30;
    private @Nullable CodeArea area;
    private final TextField find = new TextField();
    private final Label found = new Label();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final BitSet coloured = new BitSet();
    private boolean colourQueued;
    private @Nullable LargeTextView large;
    private int largeFrom;
    private int shown;

    /** Shows {@code content} when it is ready ({@link #show(CompletionStage)}). */
    public RawPane(CompletionStage<RawContent> content) {
        this();
        show(content);
    }

    /** An empty pane, until {@link #show(CompletionStage)}. */
    public RawPane() {
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
    }

    /** What the pane shows until its first content is in (the profile's "Reading the key…" note). */
    public void waiting(Node placeholder) {
        if (large == null && area == null) {
            setCenter(placeholder);
        }
    }

    /**
     * Shows {@code content} when it is ready: at once when it already is (it is usually made while the value is
     * decoded), else when it completes. A value read again is shown in the same view (its lines replaced), not a new
     * one; a content superseded before it completes is dropped.
     */
    public void show(CompletionStage<RawContent> content) {
        int mine = ++shown;
        ready.set(false);
        found.setText("formatting…");
        CompletableFuture<RawContent> future = content.toCompletableFuture();
        if (future.isDone() && !future.isCompletedExceptionally()) {
            show(future.join());
        } else {
            future.whenComplete((c, e) -> Platform.runLater(() -> {
                if (mine != shown) {
                    return;
                }
                if (c != null) {
                    show(c);
                } else {
                    found.setText("could not format: " + e.getMessage());
                    ready.set(true);
                }
            }));
        }
    }

    private void show(RawContent content) {
        var doc = content.document();
        coloured.clear();
        largeFrom = 0;
        if (doc == null) {
            TextLines lines = content.lines();
            LargeTextView view = large;
            if (view == null) {
                view = new LargeTextView(lines);
                view.setId("raw-lines");
                large = view;
                area = null;
                setCenter(view);
            } else {
                view.setLines(lines);
            }
            found.setText(String.format("%,d lines — large value: whole-line selection (Ctrl+C copies lines)",
                    lines.count()));
        } else {
            CodeArea a = area;
            if (a == null) {
                a = codeArea();
                large = null;
                setCenter(new VirtualizedScrollPane<>(a));
            }
            a.replace(0, a.getLength(), doc);
            a.moveTo(0);
            a.requestFollowCaret();
            found.setText("");
        }
        ready.set(true);
        queueColouring();
    }

    /** The code area for texts below the large-text threshold, made only when one is shown (it is costly). */
    private CodeArea codeArea() {
        CodeArea a = new CodeArea();
        a.setId("raw-text");
        a.setEditable(false);
        a.setUndoManager(UndoUtils.noOpUndoManager());
        a.setParagraphGraphicFactory(LineNumbers.of(a));
        a.getVisibleParagraphs().addListener((ListChangeListener<Object>) c -> queueColouring());
        area = a;
        return a;
    }

    private void queueColouring() {
        if (!colourQueued && ready.get()) {
            colourQueued = true;
            Platform.runLater(this::colourVisible);
        }
    }

    /** Colours the lines on screen plus a margin that have not been coloured yet. */
    void colourVisible() {
        colourQueued = false;
        CodeArea area = this.area;
        if (area == null) {
            return;
        }
        int shown = area.getVisibleParagraphs().size();
        if (shown == 0) {
            return;
        }
        int last = area.getParagraphs().size() - 1;
        int from = Math.max(0, area.visibleParToAllParIndex(0) - MARGIN);
        int to = Math.min(last, area.visibleParToAllParIndex(shown - 1) + MARGIN);
        for (int p = coloured.nextClearBit(from); p <= to; p = coloured.nextClearBit(p + 1)) {
            coloured.set(p);
            String line = area.getParagraph(p).getText();
            if (!line.isEmpty()) {
                area.setStyleSpans(p, 0, JsonHighlighter.spans(line));
            }
        }
    }

    /** True once the text is shown (it is prepared in the background). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Selects the next occurrence of the search text after the caret (the last match), wrapping around. */
    public boolean findNext() {
        String needle = find.getText();
        CodeArea area = this.area;
        LargeTextView big = large;
        if (needle == null || needle.isEmpty() || big == null && area == null) {
            return false;
        }
        String text = big != null ? big.lines().text() : Objects.requireNonNull(area).getText();
        int from = big != null ? largeFrom : Objects.requireNonNull(area).getSelection().getEnd();
        int at = text.indexOf(needle, from);
        if (at < 0) {
            at = text.indexOf(needle);
        }
        if (at < 0) {
            found.setText("not found");
            return false;
        }
        if (big != null || area == null) {
            int line = Objects.requireNonNull(big).lines().lineOf(at);
            largeFrom = at + needle.length();
            big.reveal(line);
            found.setText("line " + (line + 1));
            return true;
        }
        found.setText("line " + (area.offsetToPosition(at, TwoDimensional.Bias.Forward).getMajor() + 1));
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
        return true;
    }

    public void focusFind() {
        find.requestFocus();
    }

    /** The code area, once a text below the large-text threshold is shown. */
    public @Nullable CodeArea area() {
        return area;
    }
}
