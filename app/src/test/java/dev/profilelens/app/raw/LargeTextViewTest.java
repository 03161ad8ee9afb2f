package dev.profilelens.app.raw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.icons.Theme;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Raw pane on a value over the large-text threshold: the line view, colours on screen, find by line. */
@ExtendWith(ApplicationExtension.class)
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
        assertThat(lines.getItems()).hasSize(40_003);
        assertThat(pane.area()).as("no code area is made for a large value").isNull();
        Color key = Color.web("#7c3aed");
        Color string = Color.web("#1f7a3d");
        assertThat(fillsOf(robot, "\"Id\"")).as("keys in the light theme's key colour").isNotEmpty()
                .allMatch(key::equals);
        robot.clickOn("#raw-find").write("Marker").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines.getSelectionModel().getSelectedIndex()).isEqualTo(30_002);
        assertThat(lines.selectedText()).isEqualTo("    {\"Id\": 30000, \"Item\": \"Marker\"},");
        assertThat(fillsOf(robot, "\"Marker\"")).as("the line scrolled to is drawn, its string coloured")
                .containsExactly(string);
        assertThat(robot.lookup(n -> n instanceof CodeLine).queryAll()).as("one node per line")
                .hasSizeLessThanOrEqualTo(robot.lookup(".large-text .list-cell").queryAll().size());
        assertThat(robot.lookup(".large-text .list-cell .text").queryAll()).as("no styled node per token").isEmpty();
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
    void aVeryLongLineIsCutAtTheCanvasLimitAndWideCharactersAreMeasured(FxRobot robot) {
        robot.interact(() -> {
            CodePalette palette = new CodePalette();
            CodeLine line = new CodeLine(18);
            line.draw("      1  ", "\"" + "x".repeat(5_000) + "\"", palette);
            assertThat(line.getWidth()).isEqualTo(CodeLine.MAX_WIDTH);
            assertThat(line.runs()).extracting(CodeLine.Run::text).contains("\"" + "x".repeat(5_000) + "\"");
            String wide = "{\"\u4e16\u754c\u00e9\": 1}";
            line.draw("      2  ", wide, palette);
            javafx.scene.text.Text whole = new javafx.scene.text.Text("      2  " + wide);
            whole.setFont(palette.font());
            assertThat(line.getWidth()).as("non-ASCII characters are measured in the font, not counted")
                    .isCloseTo(whole.getLayoutBounds().getWidth(), org.assertj.core.data.Offset.offset(1.5));
        });
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
        assertThat(lines.getItems()).hasSize(40_003);
        assertThat(fillsOf(robot, "\"Sword\"")).as("the lines on screen drawn from the new text").isNotEmpty();
        assertThat(fillsOf(robot, "\"Blade\"")).as("none left from the text before").isEmpty();
    }

    /** The colours the lines on screen drew {@code token} in. */
    private static List<Paint> fillsOf(FxRobot robot, String token) {
        return robot.lookup(n -> n instanceof CodeLine && n.getParent() != null && n.isVisible()).queryAll()
                .stream().flatMap(n -> ((CodeLine) n).runs().stream()).filter(r -> r.text().equals(token))
                .map(CodeLine.Run::fill).toList();
    }
}
