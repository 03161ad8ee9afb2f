package dev.profilelens.app.raw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.icons.Theme;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
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
    void linesShowColouredAndFindSelectsTheLineOfTheMatch(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        LargeTextView lines = robot.lookup("#raw-lines").queryAs(LargeTextView.class);
        assertThat(lines.getItems()).hasSize(40_003);
        assertThat(pane.area()).as("no code area is made for a large value").isNull();
        assertThat(robot.lookup(".large-text .text.json-key").queryAll()).isNotEmpty();
        robot.clickOn("#raw-find").write("Marker").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines.getSelectionModel().getSelectedIndex()).isEqualTo(30_002);
        assertThat(lines.selectedText()).isEqualTo("    {\"Id\": 30000, \"Item\": \"Marker\"},");
        assertThat(robot.lookup(".large-text .text").queryAll()).anyMatch(n -> n instanceof javafx.scene.text.Text t
                && t.getText().contains("Marker"));
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
}
