package dev.profilelens.app.raw;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.fxmisc.richtext.model.StyleSpan;
import org.jspecify.annotations.Nullable;

/**
 * One line of the large-text view, drawn: its number, then its tokens in the palette's colours. One node per line
 * on screen instead of a text node per token, each of which the stylesheet had to match and style (ADR 0258). A line
 * wider than {@value #MAX_WIDTH} px is cut there and ends in an ellipsis (Ctrl+C still copies it whole).
 */
final class CodeLine extends Canvas {
    static final double MAX_WIDTH = 8_192;
    private final Text measure = new Text();
    private final List<Run> runs = new ArrayList<>();
    private @Nullable Font measured;
    private double digit;
    private boolean monospaced;
    private String number = "";
    private String line = "";

    /** What was drawn, for tests: the text of a token and its colour. */
    record Run(String text, Paint fill) {
    }

    CodeLine(double height) {
        super(0, height);
    }

    /** Draws {@code text} after its line number with the palette's font and colours. */
    void draw(String lineNumber, String text, CodePalette palette) {
        number = lineNumber;
        line = text;
        redraw(palette);
    }

    /** Draws the same line again (the theme changed). */
    void redraw(CodePalette palette) {
        Font font = palette.font();
        runs.clear();
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
        double w = Math.min(Math.ceil(x[runs.size()]), MAX_WIDTH);
        setWidth(w);
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, w, getHeight());
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        double y = getHeight() / 2;
        for (int i = 0; i < runs.size() && x[i] < w; i++) {
            g.setFill(runs.get(i).fill());
            g.fillText(runs.get(i).text(), x[i], y);
        }
        if (x[runs.size()] > MAX_WIDTH) {
            double room = 2 * width("…", font);
            g.clearRect(w - room, 0, room, getHeight());
            g.setFill(palette.lineNumber());
            g.fillText("…", w - room, y);
        }
    }

    List<Run> runs() {
        return List.copyOf(runs);
    }

    /** The advance of {@code s}: for plain ASCII in a monospaced font, its length times a digit's; else measured. */
    private double width(String s, Font font) {
        if (font != measured) {
            measured = font;
            measure.setFont(font);
            measure.setText("0000000000");
            digit = measure.getLayoutBounds().getWidth() / 10;
            measure.setText("iiiiiiiiiiWWWWWWWWWW");
            monospaced = Math.abs(measure.getLayoutBounds().getWidth() - 20 * digit) < 0.5;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || !monospaced) {
                measure.setText(s);
                return measure.getLayoutBounds().getWidth();
            }
        }
        return digit * s.length();
    }
}
