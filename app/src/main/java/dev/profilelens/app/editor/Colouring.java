package dev.profilelens.app.editor;

import dev.profilelens.app.raw.JsonHighlighter;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import java.util.Collection;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The editor's JSON colours (ADR 0240). The whole text is coloured off the FX thread when it is replaced (opened,
 * reset after a save, formatted); a typed or pasted change recolours only the lines it touched, on the FX thread:
 * JSON colouring never crosses a line end (a string cannot hold a raw newline), so a line's colours depend on that
 * line alone, and typing costs the same on a 10 KB value as on a 4 MB one.
 */
final class Colouring {
    /** Changes touching more lines than this are coloured whole, in the background. */
    static final int MAX_LINES = 200;
    /** Characters coloured a frame when the whole text is. */
    static final int CHUNK = 65_536;
    private final CodeArea area;
    private final TaskExecutor tasks;
    private long changes;
    /** Colouring the whole text again once typing has paused for a second (not on every key). */
    private final PauseTransition quiet = new PauseTransition(Duration.seconds(1));
    private boolean wholeWaiting;

    Colouring(CodeArea area, TaskExecutor tasks) {
        this.area = area;
        this.tasks = tasks;
        area.plainTextChanges().subscribe(this::changed);
        quiet.setOnFinished(e -> whole());
    }

    private void changed(PlainTextChange change) {
        changes++;
        if (wholeWaiting) {
            quiet.playFromStart();
        }
        int first = area.offsetToPosition(change.getPosition(), TwoDimensional.Bias.Backward).getMajor();
        int last = area.offsetToPosition(change.getInsertionEnd(), TwoDimensional.Bias.Backward).getMajor();
        if (last - first > MAX_LINES) {
            whole();
            return;
        }
        // after the change's notifications: the document is not changed while it notifies
        Platform.runLater(() -> lines(first, last));
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

    /**
     * Colours the whole text in the background, then applies the colours {@value #CHUNK} characters a frame (all at
     * once took half a second on a megabyte); when the text changes meanwhile it starts again once typing pauses for
     * a second. The text is read from an immutable snapshot of the document in the background (assembling a
     * megabyte of it from the area's paragraphs takes hundreds of milliseconds).
     */
    void whole() {
        wholeWaiting = false;
        long at = changes;
        var snapshot = area.getContent().snapshot();
        tasks.execute(BackgroundTask.of("Colour JSON", () -> JsonHighlighter.spans(snapshot.getText()))
                .onSuccess(spans -> apply(spans, at, 0)));
    }

    private void apply(StyleSpans<Collection<String>> spans, long at, int from) {
        if (changes != at) {
            wholeWaiting = true;
            quiet.playFromStart();
            return;
        }
        int to = Math.min(spans.length(), from + CHUNK);
        area.setStyleSpans(from, spans.subView(from, to));
        if (to < spans.length()) {
            PauseTransition next = new PauseTransition(Duration.ONE);
            next.setOnFinished(e -> apply(spans, at, to));
            next.play();
        }
    }
}
