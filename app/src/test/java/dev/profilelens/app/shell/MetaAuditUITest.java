package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.index.IndexRow;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import java.nio.file.Path;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The MetaTag audit window on the sandbox: scan, filter, group and chart, checked against the store itself. */
class MetaAuditUITest extends SandboxUiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static final String DATA_VERSION = "/MetaData/MetaTags/DataVersion";

    /** How many PlayerData profiles have DataVersion 1, read straight from the store. */
    private static long profilesWithDataVersion1() {
        long n = 0;
        try (SqliteProfileSource s = SqliteProfileSource.open(sandbox.db)) {
            for (EntryRef ref : s.listKeys("PlayerData", "global", "", null, 1000).items()) {
                ProfileReading r = ProfileCodec.read(s.read(ref).orElseThrow().value());
                if (r.kind() == Kind.PROFILE && r.root().at(DATA_VERSION).asInt(-1) == 1
                        && r.root().at(DATA_VERSION).isNumber()) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    @SuppressWarnings("unchecked")
    void scanFilterAndGroupAgreeWithTheStore(FxRobot robot) throws Exception {
        UiSteps.waitFor(() -> robot.lookup("#key-list").tryQuery().isPresent());
        robot.interact(() -> startup.window().showMetaAudit());
        UiSteps.waitFor(() -> robot.lookup("#meta-scan").tryQuery().isPresent());
        robot.clickOn("#meta-scan");
        UiSteps.waitFor(() -> robot.lookup("#meta-status").queryAs(Label.class).getText().contains("matching"));
        TableView<IndexRow> table = robot.lookup("#meta-table").queryAs(TableView.class);
        robot.interact(() -> {
            robot.lookup("#meta-filters").queryAs(TextField.class).setText(DATA_VERSION + "=1");
            robot.lookup("#meta-filters").queryAs(TextField.class).fireEvent(new javafx.event.ActionEvent());
        });
        long expected = profilesWithDataVersion1();
        UiSteps.waitFor(() -> robot.lookup("#meta-status").queryAs(Label.class).getText()
                .startsWith(expected + " matching"));
        assertThat(table.getItems()).hasSize((int) expected);
        robot.interact(() -> {
            robot.lookup("#meta-filters").queryAs(TextField.class).setText("");
            ComboBox<String> group = robot.lookup("#meta-group-by").queryAs(ComboBox.class);
            group.setValue(DATA_VERSION);
        });
        BarChart<String, Number> chart = robot.lookup("#meta-chart").queryAs(BarChart.class);
        UiSteps.waitFor(() -> !chart.getData().isEmpty() && chart.getData().get(0).getData().stream()
                .anyMatch(d -> d.getXValue().equals("1 · " + expected) && d.getYValue().longValue() == expected));
        javafx.stage.Window w = robot.listWindows().get(robot.listWindows().size() - 1);
        robot.interact(() -> {
            try {
                Snapshots.write(w.getScene(), Path.of("target", "ui-shots", "metatag-audit.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
