package dev.profilelens.app.raw;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.jspecify.annotations.Nullable;

/**
 * What the Raw pane shows, made ready off the FX thread: the text with its lines, and for a text up to
 * {@value RawPane#LARGE} characters a document for the code area (larger ones go to {@link LargeTextView}).
 */
public final class RawContent {
    private final TextLines lines;
    private final @Nullable StyledDocument<Collection<String>, String, Collection<String>> document;

    private RawContent(TextLines lines,
                       @Nullable StyledDocument<Collection<String>, String, Collection<String>> document) {
        this.lines = lines;
        this.document = document;
    }

    /** Pure, safe on any thread; slow for large texts. */
    public static RawContent of(String text) {
        return of(new TextLines(text));
    }

    /**
     * A stored value (UTF-8 bytes) laid out by {@link CompactJson}, or shown as stored when it is not JSON. Pure,
     * safe on any thread; tens of milliseconds for megabytes.
     */
    public static RawContent ofStored(byte[] stored) {
        TextLines lines;
        try {
            lines = CompactJson.layout(stored);
        } catch (IllegalArgumentException e) {
            lines = new TextLines(new String(stored, StandardCharsets.UTF_8));
        }
        return of(lines);
    }

    private static RawContent of(TextLines lines) {
        lines.longest(); // found here, off the FX thread, where the large-text view would otherwise look for it
        return new RawContent(lines, lines.text().length() > RawPane.LARGE ? null : document(lines));
    }

    public String text() {
        return lines.text();
    }

    TextLines lines() {
        return lines;
    }

    /** The document for the code area, or null when the text is large. */
    @Nullable StyledDocument<Collection<String>, String, Collection<String>> document() {
        return document;
    }

    /** The lines as one immutable document without colours. */
    private static StyledDocument<Collection<String>, String, Collection<String>> document(TextLines lines) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> b =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), Collections.emptyList());
        for (int i = 0; i < lines.count(); i++) {
            String line = lines.line(i);
            b.addParagraph(List.of(line), StyleSpans.singleton(Collections.emptyList(), line.length()));
        }
        return b.build();
    }
}
