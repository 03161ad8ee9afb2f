package dev.profilelens.app.raw;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * A read-only view of a very large text, drawn on one canvas the size of its viewport (ADR 0081, ADR 0275): only the
 * lines on screen are coloured and drawn, with no node per line or token, and the text is never copied into a
 * document model. Selection is by whole lines (click, Shift+click, drag, arrows, Ctrl+A; Ctrl+C copies them); find
 * selects the line of the match.
 */
public final class LargeTextView extends Region {
    static final double LINE_HEIGHT = 18;
    private static final int NUMBER_COLUMNS = 9;
    private static final double MIN_THUMB = 24;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final CodePalette palette = new CodePalette();
    private final LinePainter painter = new LinePainter();
    private final LineSelection selection = new LineSelection();
    private final List<LinePainter.Run> drawn = new ArrayList<>();
    private TextLines lines;
    private boolean dirty = true;
    private double widest;
    private double laidOutWidth;

    /** A view of {@code text}; splitting it into lines reads it once (about 1 ms a MB), never copying it. */
    public LargeTextView(String text) {
        this(new TextLines(text));
    }

    LargeTextView(TextLines lines) {
        this.lines = lines;
        getStyleClass().add("large-text");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT_AREA);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setUnitIncrement(1);
        horizontal.setUnitIncrement(3 * LINE_HEIGHT);
        vertical.valueProperty().addListener((o, a, b) -> redraw());
        horizontal.valueProperty().addListener((o, a, b) -> redraw());
        palette.onChange(this::redraw);
        focusedProperty().addListener((o, a, b) -> redraw());
        getChildren().addAll(canvas, vertical, horizontal, palette);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (LineKeys.handle(e, this)) {
                e.consume();
            }
        });
    }

    /** Shows {@code newLines} instead (the value was read again), from the first line. */
    void setLines(TextLines newLines) {
        lines = newLines;
        widest = 0;
        selection.clear();
        vertical.setValue(0);
        horizontal.setValue(0);
        dirty = true;
        requestLayout();
    }

    TextLines lines() {
        return lines;
    }

    /** The number of lines. */
    public int lineCount() {
        return lines.count();
    }

    /** The line last chosen (0-based; the one the keyboard moves from), or -1 when none is selected. */
    int caretLine() {
        return selection.caret();
    }

    /** The first line on screen (0-based). */
    int firstShown() {
        return (int) Math.floor(vertical.getValue());
    }

    /** The lines that fit on screen whole. */
    int rowsShown() {
        return Math.max(1, (int) Math.floor(canvas.getHeight() / LINE_HEIGHT));
    }

    /** The font the lines are drawn in (the theme's). */
    Font font() {
        return palette.font();
    }

    /** How far the lines scroll sideways, in px (0: they fit). */
    double sidewaysRange() {
        return horizontal.getMax();
    }

    /** The tokens drawn the last time the lines on screen were drawn, for tests. */
    List<LinePainter.Run> drawnRuns() {
        return List.copyOf(drawn);
    }

    /** The text of the selected lines, in order, one per line. */
    String selectedText() {
        if (selection.isEmpty()) {
            return "";
        }
        return IntStream.rangeClosed(selection.first(), selection.last()).mapToObj(lines::line)
                .collect(Collectors.joining("\n"));
    }

    void copySelection() {
        if (!selection.isEmpty()) {
            ClipboardContent c = new ClipboardContent();
            c.putString(selectedText());
            Clipboard.getSystemClipboard().setContent(c);
        }
    }

    /** Shows and selects line {@code line} (0-based), a few lines below the top. */
    void reveal(int line) {
        selection.moveTo(line, false);
        scroll(vertical, line - 5);
        selected();
    }

    /** Moves the caret to {@code line} (kept within the text), extending the selection or not, and shows it. */
    void select(int line, boolean extend) {
        int to = Math.max(0, Math.min(lines.count() - 1, line));
        selection.moveTo(to, extend);
        if (to < firstShown()) {
            vertical.setValue(to);
        } else if (to >= firstShown() + rowsShown()) {
            scroll(vertical, to - rowsShown() + 1);
        }
        selected();
    }

    void selectAll() {
        selection.selectAll(lines.count());
        selected();
    }

    /** Scrolls sideways by {@code px} (negative: to the left). */
    void scrollSideways(double px) {
        scroll(horizontal, horizontal.getValue() + px);
    }

    /** Scrolls {@code bar} to {@code to}, kept within its range. */
    private static void scroll(ScrollBar bar, double to) {
        bar.setValue(Math.max(0, Math.min(bar.getMax(), to)));
    }

    private void selected() {
        redraw();
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            return selectedText();
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    private void scrolled(ScrollEvent e) {
        scroll(vertical, vertical.getValue() - e.getDeltaY() / LINE_HEIGHT);
        scrollSideways(-e.getDeltaX());
        e.consume();
    }

    private void pressed(MouseEvent e) {
        if (e.getTarget() != canvas) {
            return;
        }
        requestFocus();
        select(lineAt(e.getY()), e.isShiftDown());
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (e.getTarget() == canvas && !selection.isEmpty()) {
            select(lineAt(e.getY()), true);
            e.consume();
        }
    }

    /** The line at {@code y} in this view's coordinates (past the ends: the line just beyond the screen). */
    private int lineAt(double y) {
        return (int) Math.floor(vertical.getValue() + (y - canvas.getLayoutY()) / LINE_HEIGHT);
    }

    private void redraw() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double barW = vertical.prefWidth(-1);
        double barH = horizontal.prefHeight(-1);
        // the longest line's width if its characters are a digit wide; wider ones widen it as they are drawn
        double content = Math.max(widest, painter.widthOf(NUMBER_COLUMNS + lines.longest(), palette.font()));
        laidOutWidth = content;
        double all = lines.count() * LINE_HEIGHT;
        boolean down = all > h;
        boolean across = content > w - (down ? barW : 0);
        down = all > h - (across ? barH : 0);
        double cw = Math.max(0, w - (down ? barW : 0));
        double ch = Math.max(0, h - (across ? barH : 0));
        vertical.setVisible(down);
        horizontal.setVisible(across);
        vertical.resizeRelocate(in.getLeft() + cw, in.getTop(), barW, ch);
        horizontal.resizeRelocate(in.getLeft(), in.getTop() + ch, cw, barH);
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            dirty = true;
        }
        canvas.relocate(in.getLeft(), in.getTop());
        int rows = Math.max(1, (int) Math.floor(ch / LINE_HEIGHT));
        double below = Math.max(0, lines.count() - rows);
        vertical.setMax(below);
        // the thumb's share of the track is visible / max: at least MIN_THUMB px, else 233,681 lines leave it 1 px
        vertical.setVisibleAmount(Math.max(rows, below * MIN_THUMB / Math.max(1, ch - MIN_THUMB)));
        vertical.setBlockIncrement(Math.max(1, rows - 1));
        horizontal.setMax(Math.max(0, content - cw));
        horizontal.setVisibleAmount(cw);
        horizontal.setBlockIncrement(cw / 2);
        if (dirty) {
            dirty = false;
            draw();
        }
    }

    /** Draws the lines on screen, the selected ones on the selection's colour, a frame round the caret's if focused. */
    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        drawn.clear();
        double top = vertical.getValue();
        double scrolled = horizontal.getValue();
        for (int i = (int) Math.floor(top); i < lines.count() && (i - top) * LINE_HEIGHT < h; i++) {
            double y = (i - top) * LINE_HEIGHT;
            if (selection.contains(i)) {
                g.setFill(palette.selection());
                g.fillRect(0, y, w, LINE_HEIGHT);
            }
            if (i == selection.caret() && isFocused()) {
                g.setStroke(palette.lineNumber());
                g.strokeRect(0.5, y + 0.5, w - 1, LINE_HEIGHT - 1);
            }
            double width = painter.paint(g, number(i + 1), lines.line(i), palette, scrolled, y, LINE_HEIGHT, w,
                    drawn);
            widest = Math.max(widest, width);
        }
        if (widest > laidOutWidth + 0.5) {
            // wider characters than digits: the horizontal range grows to the widest line drawn so far (a request
            // made during this layout would be cleared at its end)
            Platform.runLater(this::requestLayout);
        }
    }

    /** {@code n} right-aligned in 7 columns and two spaces, as {@code "%7d  "} (without a formatter per line). */
    static String number(int n) {
        String digits = Integer.toString(n);
        return " ".repeat(Math.max(0, 7 - digits.length())) + digits + "  ";
    }
}
