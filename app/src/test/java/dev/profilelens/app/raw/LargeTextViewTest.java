package dev.profilelens.app.raw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.icons.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Raw pane on a value over the large-text threshold: the line view, colours on screen, find by line. */
@ExtendWith(FxThreadLookups.class)
class LargeTextViewTest {
    private RawPane pane;

    /** About 1.4 MB of JSON over 40,001 lines, with one marker on line 30,002. */
    static String bigText() {
        StringBuilder b = new StringBuilder("{\n  \"Inventory\": [\n");
        for (int i = 0; i < 40_000; i++) {
            b.append("    {\"Id\": ").append(i).append(", \"Item\": \"").append(i == 30_000 ? "Marker" : "Blade")
                    .append("\"},\n");
        }
        return b.append("  ]}").toString();
    }

    @Start
    void start(Stage stage) {
        String text = bigText();
        assertThat(text.length()).isGreaterThan(RawPane.LARGE);
        pane = new RawPane(CompletableFuture.supplyAsync(() -> RawContent.of(text)));
        Scene scene = new Scene(pane, 900, 600);
        scene.getStylesheets().addAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void lineNumbersAreRightAlignedInSevenColumnsAsTheFormatterWould() {
        for (int n : new int[] {1, 9, 10, 999, 233_681, 1_234_567, 12_345_678}) {
            assertThat(LargeTextView.number(n)).isEqualTo(String.format("%7d  ", n));
        }
    }

    @Test
    void linesShowColouredAndFindSelectsTheLineOfTheMatch(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        LargeTextView lines = robot.lookup("#raw-lines").queryAs(LargeTextView.class);
        assertThat(lines.lineCount()).isEqualTo(40_003);
        assertThat(pane.area()).as("no code area is made for a large value").isNull();
        Color key = Color.web("#7c3aed");
        Color string = Color.web("#1f7a3d");
        assertThat(fillsOf(robot, "\"Id\"")).as("keys in the light theme's key colour").isNotEmpty()
                .allMatch(key::equals);
        robot.clickOn("#raw-find").write("Marker").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines.caretLine()).isEqualTo(30_002);
        assertThat(lines.selectedText()).isEqualTo("    {\"Id\": 30000, \"Item\": \"Marker\"},");
        assertThat(fillsOf(robot, "\"Marker\"")).as("the line scrolled to is drawn, its string coloured")
                .containsExactly(string);
        assertThat(robot.from(lines).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text).queryAll())
                .as("no node per line or token: only the palette's eight probes").hasSize(8);
        robot.interact(() -> {
            try {
                dev.profilelens.app.shell.Snapshots.write(pane.getScene(),
                        java.nio.file.Path.of("target", "ui-shots", "raw-large-value.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void linesAreFoundByOffset() {
        TextLines l = new TextLines("ab\ncd\n\nef");
        assertThat(l.count()).isEqualTo(4);
        assertThat(l.line(0)).isEqualTo("ab");
        assertThat(l.line(2)).isEmpty();
        assertThat(l.line(3)).isEqualTo("ef");
        assertThat(l.lineOf(0)).isZero();
        assertThat(l.lineOf(2)).isZero();
        assertThat(l.lineOf(3)).isEqualTo(1);
        assertThat(l.lineOf(6)).isEqualTo(2);
        assertThat(l.lineOf(8)).isEqualTo(3);
    }

    @Test
    void aThemeChangeDrawsTheLinesInItsColours(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fillsOf(robot, "\"Id\"")).isNotEmpty().allMatch(Color.web("#7c3aed")::equals);
        robot.interact(() -> pane.getScene().getStylesheets().setAll(Theme.DARK.stylesheets()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fillsOf(robot, "\"Id\"")).as("the dark theme's key colour").isNotEmpty()
                .allMatch(Color.web("#c4a7ff")::equals);
    }

    @Test
    void aVeryLongLineIsCutAtTheWidthLimitAndWideCharactersAreMeasured(FxRobot robot) {
        robot.interact(() -> {
            CodePalette palette = new CodePalette();
            LinePainter painter = new LinePainter();
            GraphicsContext g = new Canvas(1_000, 18).getGraphicsContext2D();
            String longLine = "\"" + "x".repeat(5_000) + "\"";
            List<LinePainter.Run> drawn = new ArrayList<>();
            painter.paint(g, "      1  ", longLine, palette, 0, 0, 18, 1_000, drawn);
            assertThat(drawn).extracting(LinePainter.Run::text).as("the number, then the string cut to its limit")
                    .containsExactly("      1  ", "\"" + "x".repeat(LinePainter.MAX_CHARS - 1));
            drawn.clear();
            painter.paint(g, "      1  ", longLine, palette, LinePainter.MAX_WIDTH - 500, 0, 18, 1_000, drawn);
            assertThat(drawn).as("scrolled to the end: the string still shows, the number does not").hasSize(1);
            drawn.clear();
            painter.paint(g, "      1  ", longLine, palette, LinePainter.MAX_WIDTH, 0, 18, 1_000, drawn);
            assertThat(drawn).as("past the limit nothing is drawn").isEmpty();
            String wide = "{\"\u4e16\u754c\u00e9\": 1}";
            javafx.scene.text.Text whole = new javafx.scene.text.Text(wide);
            whole.setFont(palette.font());
            assertThat(painter.width(wide, palette.font())).as("non-ASCII characters are measured, not counted")
                    .isCloseTo(whole.getLayoutBounds().getWidth(), org.assertj.core.data.Offset.offset(1.5));
        });
    }

    @Test
    void wideCharactersWidenTheSidewaysRangeOnceDrawn(FxRobot robot) {
        String wide = "\"" + "\u4e16\u754c".repeat(150) + "\"";
        LargeTextView view = new LargeTextView("{\n" + wide + "\n}");
        robot.interact(() -> pane.getScene().setRoot(new javafx.scene.layout.StackPane(view)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        double[] measured = new double[1];
        robot.interact(() -> measured[0] = new LinePainter().width(LargeTextView.number(2) + wide, view.font()));
        // where CJK glyphs are wider than digits (every machine with a CJK font), the range follows the measured
        // line; counted in digits it would end about half-way along it
        assertThat(view.sidewaysRange()).as("the widest line drawn, measured in its font")
                .isGreaterThanOrEqualTo(measured[0] - view.getWidth() - 1);
    }

    @Test
    void linesAreChosenWithMouseAndKeysAndCopiedWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        LargeTextView lines = robot.lookup("#raw-lines").queryAs(LargeTextView.class);
        javafx.geometry.Bounds b = lines.localToScreen(lines.getLayoutBounds());
        robot.clickOn(b.getMinX() + 100, b.getMinY() + 2.5 * LargeTextView.LINE_HEIGHT);
        assertThat(lines.caretLine()).as("the third line on screen, clicked").isEqualTo(2);
        assertThat(lines.isFocused()).isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(lines.selectedText()).isEqualTo("    {\"Id\": 0, \"Item\": \"Blade\"},\n"
                + "    {\"Id\": 1, \"Item\": \"Blade\"},");
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        assertThat(copied).isEqualTo(lines.selectedText());

        int rows = lines.rowsShown();
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(lines.caretLine()).isEqualTo(3 + rows - 1);
        assertThat(lines.selectedText()).as("a move without Shift chooses one line").doesNotContain("\n");
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines.caretLine()).isEqualTo(40_002);
        assertThat(lines.drawnRuns()).extracting(LinePainter.Run::text).as("the last line is on screen")
                .contains("  40003  ", "]}");
        // TestFX's DOWN gives a positive deltaY, which JavaFX's scrolling controls all take as a move towards the top
        robot.moveTo(b.getMinX() + 100, b.getMinY() + 100).scroll(10, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines.firstShown()).as("the wheel scrolls up").isLessThan(40_003 - rows);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertThat(lines.selectedText()).as("Ctrl+A: every line").isEqualTo(bigText());
    }

    @Test
    void aValueReadAgainWithAsManyLinesShowsItsOwnText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fillsOf(robot, "\"Blade\"")).isNotEmpty();
        String again = bigText().replace("Blade", "Sword");
        robot.interact(() -> pane.show(CompletableFuture.completedFuture(RawContent.of(again))));
        WaitForAsyncUtils.waitForFxEvents();
        LargeTextView lines = robot.lookup("#raw-lines").queryAs(LargeTextView.class);
        assertThat(lines.lineCount()).isEqualTo(40_003);
        assertThat(fillsOf(robot, "\"Sword\"")).as("the lines on screen drawn from the new text").isNotEmpty();
        assertThat(fillsOf(robot, "\"Blade\"")).as("none left from the text before").isEmpty();
    }

    /** The colours the lines on screen drew {@code token} in. */
    private static List<Paint> fillsOf(FxRobot robot, String token) {
        LargeTextView lines = robot.lookup("#raw-lines").queryAs(LargeTextView.class);
        return lines.drawnRuns().stream().filter(r -> r.text().equals(token)).map(LinePainter.Run::fill).toList();
    }
}
