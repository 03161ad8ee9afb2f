package dev.profilelens.app.editor;

import java.util.Collection;
import java.util.Collections;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.reactfx.EventStream;

/**
 * The editor's text as the code area's document, split into lines off the FX thread (ADR 0269): handed to the area as
 * a string, the text of the 4 MB profile took the FX thread one to two seconds when its editor opened.
 */
public final class EditorDocument {
    private final ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> lines;

    private EditorDocument(ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> lines) {
        this.lines = lines;
    }

    /** Splits {@code text} into the area's lines, without colours (they come as lines are shown); any thread. */
    public static EditorDocument of(String text) {
        return new EditorDocument(ReadOnlyStyledDocument.fromString(text, Collections.emptyList(),
                Collections.emptyList(), SegmentOps.styledTextOps()));
    }

    /** A new code area holding this text: no change is emitted, so nothing colours, reads or undoes it. */
    CodeArea area() {
        return new CodeArea(new SimpleEditableStyledDocument<>(lines));
    }

    /**
     * The area's changes of its text, style-only changes left out. Unlike the area's plain text changes, which write
     * out the whole removed and inserted text of every change to compare them, texts are compared only when their
     * lengths are equal: a change of the whole 4 MB text (Format) costs no copies of it here.
     */
    static EventStream<RichTextChange<Collection<String>, String, Collection<String>>> textEdits(CodeArea area) {
        return area.richChanges().filter(c -> !sameText(c));
    }

    static boolean sameText(RichTextChange<Collection<String>, String, Collection<String>> c) {
        return c.getRemoved().length() == c.getInserted().length()
                && c.getRemoved().getText().equals(c.getInserted().getText());
    }
}
