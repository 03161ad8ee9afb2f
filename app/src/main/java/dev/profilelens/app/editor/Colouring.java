package dev.profilelens.app.editor;

import dev.profilelens.app.raw.JsonHighlighter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The editor's JSON colours (ADR 0240, 0253). JSON colouring never crosses a line end (a string cannot hold a raw
 * newline), so a line's colours depend on that line alone: a typed or pasted change recolours the lines it touched,
 * and a line is coloured when it first comes on screen (with a margin above and below), not before. A 1 MB text is
 * thus never coloured whole: opening it costs no background pass and no megabyte of style spans, which the collector
 * would copy while the user types, and typing costs the same on a 10 KB value as on a 4 MB one.
 */
final class Colouring {
    /** Changes touching more lines than this are coloured as they come on screen, like a new text. */
    static final int MAX_LINES = 200;
    /** Lines coloured above and below the ones on screen, so a short scroll shows colours at once. */
    static final int MARGIN = 60;
    private final CodeArea area;
    /** Line ranges typed into since the last frame, as {first, last} pairs. */
    private final List<int[]> typed = new ArrayList<>();
    private final Runnable beforeLayout = this::typedLines;
    private boolean queued;

    Colouring(CodeArea area) {
        this.area = area;
        EditorDocument.textEdits(area).subscribe(this::changed);
        area.getVisibleParagraphs().addListener((ListChangeListener<Object>) c -> queueVisible());
        if (area.getScene() != null) {
            area.getScene().addPreLayoutPulseListener(beforeLayout);
        }
        area.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(beforeLayout);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(beforeLayout);
            }
        });
    }

    private void changed(RichTextChange<Collection<String>, String, Collection<String>> change) {
        int first = area.offsetToPosition(change.getPosition(), TwoDimensional.Bias.Backward).getMajor();
        int last = area.offsetToPosition(change.getInsertionEnd(), TwoDimensional.Bias.Backward).getMajor();
        if (last - first > MAX_LINES) {
            queueVisible();
            return;
        }
        // Coloured just before the next frame is laid out: the line then gets one new cell, not one for the typed text
        // and one more for its colours. Never during the change's notifications: the document cannot change then.
        typed.add(new int[] {first, last});
        if (area.getScene() == null) {
            Platform.runLater(this::typedLines);
        } else {
            Platform.requestNextPulse();
        }
    }

    private void typedLines() {
        for (int[] range : typed) {
            lines(range[0], range[1]);
        }
        typed.clear();
    }

    /** Recolours lines {@code first..last} as they are now (a later edit may have moved them: harmless). */
    private void lines(int first, int last) {
        for (int p = first; p <= Math.min(last, area.getParagraphs().size() - 1); p++) {
            String line = area.getParagraph(p).getText();
            if (!line.isEmpty()) {
                area.setStyleSpans(p, 0, JsonHighlighter.spans(line));
            }
        }
    }

    private void queueVisible() {
        if (!queued) {
            queued = true;
            Platform.runLater(this::visible);
        }
    }

    /** Colours the lines on screen, and {@value #MARGIN} around them, that have no colours yet. */
    private void visible() {
        queued = false;
        int shown = area.getVisibleParagraphs().size();
        if (shown == 0) {
            return;
        }
        int last = area.getParagraphs().size() - 1;
        int from = Math.max(0, area.visibleParToAllParIndex(0) - MARGIN);
        int to = Math.min(last, area.visibleParToAllParIndex(shown - 1) + MARGIN);
        for (int p = from; p <= to; p++) {
            Paragraph<Collection<String>, String, Collection<String>> line = area.getParagraph(p);
            StyleSpans<Collection<String>> spans = line.getStyleSpans();
            if (line.length() > 0 && spans.getSpanCount() == 1 && spans.getStyleSpan(0).getStyle().isEmpty()) {
                area.setStyleSpans(p, 0, JsonHighlighter.spans(line.getText()));
            }
        }
    }
}
