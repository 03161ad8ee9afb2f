package dev.profilelens.app.raw;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.fxmisc.richtext.model.StyleSpan;
import org.jspecify.annotations.Nullable;

/**
 * Draws one line of the large-text view into its canvas: the line's number, then its tokens in the palette's colours
 * (ADR 0258, ADR 0275). A line is laid out to at most {@value #MAX_WIDTH} px; a longer one is cut there and ends in an
 * ellipsis (Ctrl+C still copies it whole). Only the first {@value #MAX_CHARS} characters are coloured and measured,
 * more than that width holds in any font.
 */
final class LinePainter {
    static final double MAX_WIDTH = 8_192;
    static final int MAX_CHARS = 4_096;
    private final Text measure = new Text();
    private @Nullable Font measured;
    private double digit;
    private boolean monospaced;

    /** What was drawn, for tests: the text of a token and its colour. */
    record Run(String text, Paint fill) {
    }

    /**
     * Draws {@code text} after {@code number} in the band from {@code top} down {@code height} px, shifted left by
     * {@code scrolled} px, into a canvas {@code visible} px wide; adds each token drawn to {@code drawn}. Returns the
     * line's width as laid out (at most {@value #MAX_WIDTH} px).
     */
    double paint(GraphicsContext g, String number, String text, CodePalette palette, double scrolled, double top,
            double height, double visible, List<Run> drawn) {
        Font font = palette.font();
        String line = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(number, palette.lineNumber()));
        int at = 0;
        for (StyleSpan<Collection<String>> span : JsonHighlighter.spans(line)) {
            if (span.getLength() > 0) {
                runs.add(new Run(line.substring(at, at + span.getLength()), palette.fill(span.getStyle())));
                at += span.getLength();
            }
        }
        double[] x = new double[runs.size() + 1];
        for (int i = 0; i < runs.size(); i++) {
            x[i + 1] = x[i] + width(runs.get(i).text(), font);
        }
        boolean cut = x[runs.size()] > MAX_WIDTH || text.length() > MAX_CHARS;
        double room = cut ? 2 * width("…", font) : 0;
        double limit = Math.min(MAX_WIDTH - room, x[runs.size()]);
        double right = Math.min(limit, scrolled + visible);
        double y = top + height / 2;
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        if (cut) {
            // only a cut line is clipped (a canvas clip costs a mask); the others end before the limit
            g.save();
            g.beginPath();
            g.rect(0, top, limit - scrolled, height);
            g.clip();
        }
        for (int i = 0; scrolled < right && i < runs.size() && x[i] < right; i++) {
            if (x[i + 1] > scrolled) {
                g.setFill(runs.get(i).fill());
                g.fillText(runs.get(i).text(), x[i] - scrolled, y);
                drawn.add(runs.get(i));
            }
        }
        if (cut) {
            g.restore(); // font and baseline were set before the save, so they hold for the ellipsis
            if (limit - scrolled < visible) {
                g.setFill(palette.lineNumber());
                g.fillText("…", limit - scrolled, y);
            }
        }
        return cut ? MAX_WIDTH : x[runs.size()];
    }

    /** The width a line of {@code chars} plain characters takes, cut at {@value #MAX_WIDTH} px. */
    double widthOf(int chars, Font font) {
        measureDigits(font);
        return Math.min(MAX_WIDTH, Math.ceil(chars * digit));
    }

    /** The advance of {@code s}: for plain ASCII in a monospaced font, its length times a digit's; else measured. */
    double width(String s, Font font) {
        measureDigits(font);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || !monospaced) {
                measure.setText(s);
                return measure.getLayoutBounds().getWidth();
            }
        }
        return digit * s.length();
    }

    /** A digit's advance in {@code font}, and whether the font is monospaced; measured once per font. */
    private void measureDigits(Font font) {
        if (font != measured) {
            measured = font;
            measure.setFont(font);
            measure.setText("0000000000");
            digit = measure.getLayoutBounds().getWidth() / 10;
            measure.setText("iiiiiiiiiiWWWWWWWWWW");
            monospaced = Math.abs(measure.getLayoutBounds().getWidth() - 20 * digit) < 0.5;
        }
    }
}
