package dev.profilelens.app.raw;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The large-text view's font and colours as the theme's stylesheet gives them: one hidden text per kind of token
 * ({@code .large-text .text.json-key}, ...) plus the selected lines' background, among the view's children, styled by
 * CSS like any node, read when the lines are drawn. A theme change restyles them and tells the view to draw its lines
 * again. Eight styled nodes in all, instead of one per token on screen.
 */
final class CodePalette extends Group {
    static final String PLAIN = "text";
    static final String NUMBER = "line-number";
    static final String SELECTION = "selection";
    private final Map<String, Text> probes = new LinkedHashMap<>();
    private final Text plain;
    private final Text number;
    private final Text selection;

    CodePalette() {
        setManaged(false);
        setVisible(false);
        for (String kind : new String[] {PLAIN, NUMBER, "json-key", "json-string", "json-number", "json-literal",
                "json-punct", SELECTION}) {
            Text t = new Text("0");
            t.getStyleClass().add("text");
            if (!kind.equals(PLAIN)) {
                t.getStyleClass().add(kind);
            }
            probes.put(kind, t);
            getChildren().add(t);
        }
        plain = Objects.requireNonNull(probes.get(PLAIN));
        number = Objects.requireNonNull(probes.get(NUMBER));
        selection = Objects.requireNonNull(probes.get(SELECTION));
    }

    /** Runs {@code redraw} whenever the theme changes a colour or the font. */
    void onChange(Runnable redraw) {
        for (Text t : probes.values()) {
            t.fillProperty().addListener((o, a, b) -> redraw.run());
            t.fontProperty().addListener((o, a, b) -> redraw.run());
        }
    }

    Font font() {
        return plain.getFont();
    }

    /** The colour of a token whose highlighter style is {@code style} (empty: plain text). */
    Paint fill(Collection<String> style) {
        for (String s : style) {
            Text t = probes.get(s);
            if (t != null) {
                return paint(t);
            }
        }
        return paint(plain);
    }

    /** The background of a selected line. */
    Paint selection() {
        return paint(selection);
    }

    Paint lineNumber() {
        return paint(number);
    }

    private static Paint paint(Text t) {
        return t.getFill() == null ? Color.BLACK : t.getFill();
    }
}
