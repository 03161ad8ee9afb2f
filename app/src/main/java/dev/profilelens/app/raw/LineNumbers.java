package dev.profilelens.app.raw;

import java.util.function.IntFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.fxmisc.richtext.GenericStyledArea;
import org.reactfx.collection.LiveList;

/**
 * The line numbers beside a code area, one light node per line shown: a pane and a text, the text right-aligned in
 * the width of the widest number. RichTextFX's own factory makes two labels per line (the second for folding, which
 * we do not use), each a control with a skin, and formats the number with {@code String.format}: when typing
 * scrolls a screen of new lines into view, those labels were most of the frame (ADR 0254). The theme styles the
 * pane as {@code .lineno} (background, padding) and the number as {@code .lineno-number} (its colour); without a
 * theme the look is RichTextFX's: grey italic on light grey.
 */
public final class LineNumbers implements IntFunction<Node> {
    private static final Font FONT = Font.font("monospace", FontPosture.ITALIC, 13);
    private static final Color FILL = Color.web("#666");
    private static final Background BACKGROUND = new Background(new BackgroundFill(Color.web("#ddd"), null, null));
    private static final Insets INSETS = new Insets(0, 5, 0, 5);
    /** The width of the widest number, shared by all lines' numbers. */
    private final DoubleProperty width = new SimpleDoubleProperty();
    private final double digitWidth;

    private LineNumbers(GenericStyledArea<?, ?, ?> area) {
        Text zero = new Text("0");
        zero.setFont(FONT);
        digitWidth = zero.getLayoutBounds().getWidth();
        LiveList.sizeOf(area.getParagraphs()).map(LineNumbers::digits).values()
                .subscribe(d -> width.set(Math.ceil(d * digitWidth) + 1));
    }

    /** Line numbers for {@code area}. */
    public static IntFunction<Node> of(GenericStyledArea<?, ?, ?> area) {
        return new LineNumbers(area);
    }

    static int digits(int lines) {
        return Integer.toString(Math.max(1, lines)).length();
    }

    @Override
    public Node apply(int index) {
        Text number = new Text(Integer.toString(index + 1));
        number.getStyleClass().add("lineno-number");
        number.setFont(FONT);
        number.setFill(FILL);
        number.setTextAlignment(TextAlignment.RIGHT);
        number.wrappingWidthProperty().bind(width);
        StackPane box = new StackPane(number);
        box.getStyleClass().add("lineno");
        box.setAlignment(Pos.TOP_RIGHT);
        box.setPadding(INSETS);
        box.setBackground(BACKGROUND);
        return box;
    }
}
