package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionFrame;
import dev.profilelens.app.connection.ConnectionStatus;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.widgets.KeyRow;
import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The window frames documents with their connection, moves between them by keyboard, and searches keys by keyboard. */
class ShellUITest extends SandboxUiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private TabPane tabs(FxRobot robot) {
        return robot.lookup("#profile-tabs").queryAs(TabPane.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<KeyRow> keyList(FxRobot robot) {
        return (ListView<KeyRow>) robot.lookup("#key-list").query();
    }

    private void shot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Snapshots.write(startup.window().scene(), Path.of("target", "ui-shots", name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void tabsCarryConnectionStoreAndKeyAndTheConnectionsColour(FxRobot robot) {
        String key = sandbox.keyByState.get("free");
        UiSteps.openProfile(robot, key);
        Tab tab = tabs(robot).getSelectionModel().getSelectedItem();
        assertThat(tab.getText()).isEqualTo(sandbox.spec() + " · PlayerData · " + key);
        assertThat(tab.getStyleClass()).contains(ConnectionFrame.TAB_CLASS).doesNotContain(
                ConnectionFrame.PRODUCTION_CLASS);
        assertThat(tab.getStyle()).contains("#2f6fde");
        assertThat(robot.lookup("#documents").query().getStyleClass()).contains(ConnectionFrame.FRAME_CLASS);
        assertThat(robot.lookup("#status-production").query().isVisible()).isFalse();
    }

    @Test
    void theSourceConnectionIsListedSelectedForThisRunOnlyAndNotRememberedAsTheOneToReopen(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<Connection> list = (ListView<Connection>) robot.lookup("#connection-list").query();
        UiSteps.waitFor(() -> list.getSelectionModel().getSelectedItem() != null);
        Connection selected = list.getSelectionModel().getSelectedItem();
        assertThat(selected.spec()).isEqualTo(sandbox.spec());
        assertThat(list.getItems().get(0)).isEqualTo(selected);
        assertThat(robot.lookup("#connection-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(c -> c.getItem() == selected).findFirst().orElseThrow().getGraphic()
                .lookupAll(".label")).extracting(n -> ((Label) n).getText())
                .anyMatch(t -> t.endsWith(" · this run only"));
        assertThat(startup.window().settings().openConnections()).doesNotContain(sandbox.spec());
    }

    @Test
    void aProductionConnectionIsFramedInRedAndLabelled(FxRobot robot) {
        robot.interact(() -> startup.window().openConnection(Connection.production("Prod", sandbox.spec())));
        UiSteps.waitFor(() -> robot.lookup("#status-connection").queryAs(ConnectionStatus.class).text()
                .startsWith("Prod · "));
        assertThat(robot.lookup("#status-production").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#documents").query().getStyleClass())
                .contains(ConnectionFrame.PRODUCTION_FRAME_CLASS);
        Label browsing = robot.lookup("#browser-connection").queryAs(Label.class);
        assertThat(browsing.getText()).as("the key list names its connection").isEqualTo("Prod");
        assertThat(browsing.getStyleClass()).contains("production");
        String key = sandbox.keyByState.get("active");
        UiSteps.openProfile(robot, key);
        Tab tab = tabs(robot).getSelectionModel().getSelectedItem();
        assertThat(tab.getText()).isEqualTo("Prod · PlayerData · " + key);
        assertThat(tab.getStyleClass()).contains(ConnectionFrame.PRODUCTION_CLASS);
        shot(robot, "production");
        robot.interact(() -> startup.window().toggleTheme());
        shot(robot, "production-dark");
        robot.interact(() -> startup.window().toggleTheme());
        // back on the read-only sandbox connection: its own colour, no PRODUCTION label
        robot.interact(() -> startup.window().openConnection(new Connection(sandbox.spec(), sandbox.spec(),
                "#2f6fde", SafetyLevel.READ_ONLY, false)));
        robot.interact(() -> tabs(robot).getTabs().clear());
        UiSteps.waitFor(() -> !robot.lookup("#status-production").query().isVisible());
        assertThat(robot.lookup("#browser-connection").queryAs(Label.class).getText()).isEqualTo(sandbox.spec());
        assertThat(robot.lookup("#documents").query().getStyleClass()).contains(ConnectionFrame.FRAME_CLASS)
                .doesNotContain(ConnectionFrame.PRODUCTION_FRAME_CLASS);
    }

    @Test
    void ctrlTabMovesBetweenDocumentsAndCtrlPageDownBetweenPanes(FxRobot robot) {
        UiSteps.openProfile(robot, sandbox.freeKeys.get(0));
        UiSteps.openProfile(robot, sandbox.freeKeys.get(1));
        TabPane tabs = tabs(robot);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        UiSteps.waitFor(() -> tabs.getSelectionModel().getSelectedIndex() == 0);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        UiSteps.waitFor(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        TabPane panes = (TabPane) tabs.getSelectionModel().getSelectedItem().getContent().lookup("#profile-panes");
        int pane = panes.getSelectionModel().getSelectedIndex();
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        UiSteps.waitFor(() -> panes.getSelectionModel().getSelectedIndex() == pane + 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        UiSteps.waitFor(() -> panes.getSelectionModel().getSelectedIndex() == pane);
    }

    @Test
    void enterOpensTheExactKeyDownEntersTheListAndEscClears(FxRobot robot) {
        UiSteps.waitFor(() -> keyList(robot).getItems().size() > 10);
        String key = sandbox.freeKeys.get(2);
        robot.clickOn("#key-search").write(key).type(KeyCode.ENTER);
        UiSteps.waitFor(() -> tabs(robot).getTabs().size() == 1);
        assertThat(tabs(robot).getTabs().get(0).getText()).endsWith(" · " + key);
        assertThat(robot.lookup("#key-count").queryAs(Label.class).getText()).isEqualTo("1 key loaded");

        robot.clickOn("#key-search").type(KeyCode.ESCAPE);
        UiSteps.waitFor(() -> keyList(robot).getItems().size() > 1);
        assertThat(robot.lookup("#key-search").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();

        robot.type(KeyCode.DOWN);
        UiSteps.waitFor(() -> keyList(robot).isFocused());
        assertThat(keyList(robot).getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void anEmptySearchSaysWhatAndWhereAndOffersEveryScope(FxRobot robot) {
        UiSteps.waitFor(() -> keyList(robot).getItems().size() > 10);
        robot.clickOn("#key-search").write("NoSuchPlayer_").type(KeyCode.ENTER);
        UiSteps.waitFor(() -> !robot.lookup("#key-empty").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#key-empty").queryAs(Label.class).getText())
                .isEqualTo("No keys starting with \"NoSuchPlayer_\" in PlayerData, scope \"global\".");
        assertThat(robot.lookup("#key-count").queryAs(Label.class).getText()).isEqualTo("0 keys loaded");
        Hyperlink all = robot.lookup("#search-all-scopes").queryAs(Hyperlink.class);
        assertThat(all.isVisible()).isTrue();
        robot.clickOn(all);
        UiSteps.waitFor(() -> robot.lookup("#key-empty").queryAs(Label.class).getText().endsWith("in every scope."));
        assertThat(startup.window().activeBrowser().orElseThrow().model().allScopesProperty().get()).isTrue();
        assertThat(all.isVisible()).isFalse();
    }

    @Test
    void theStoreOverviewShowsTheScanWhenNoDocumentIsOpen(FxRobot robot) {
        UiSteps.waitFor(() -> robot.lookup("#overview-keys").tryQuery().isPresent());
        assertThat(robot.lookup("#overview-title").queryAs(Label.class).getText()).isEqualTo("PlayerData");
        assertThat(robot.lookup("#overview-keys").queryAs(Label.class).getText()).matches("[0-9,]+ keys");
        assertThat(robot.lookup("#overview-locks").queryAs(Label.class).getText()).contains("active:")
                .contains("free:");
        assertThat(robot.lookup("#overview-formats").queryAs(Label.class).getText()).contains("ProfileService:");
        assertThat(robot.lookup("#overview-storage").queryAs(Label.class).getText()).contains(" of ")
                .contains("limit 500 MB + 1 MB");
        assertThat(robot.lookup("#overview-biggest").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(10);
        shot(robot, "store-overview");
        robot.interact(() -> startup.window().toggleTheme());
        shot(robot, "store-overview-dark");
        robot.interact(() -> startup.window().toggleTheme());
        Hyperlink first = (Hyperlink) ((javafx.scene.layout.HBox) robot.lookup("#overview-biggest")
                .queryAs(javafx.scene.layout.VBox.class).getChildren().get(0)).getChildren().get(0);
        robot.clickOn(first);
        UiSteps.waitFor(() -> tabs(robot).getTabs().size() == 1);
        assertThat(tabs(robot).getTabs().get(0).getText()).endsWith(" · " + first.getText().strip().split(" ")[0]);
    }
}
