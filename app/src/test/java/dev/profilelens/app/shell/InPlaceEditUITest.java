package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.editor.PendingTray;
import dev.profilelens.core.codec.RobloxJson;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit where you look (#22 item 1): the Data tree edited in place, each edit an intent in the pending tray. */
class InPlaceEditUITest extends SandboxUiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    void started() {
        startup.window().openConnection(sandbox.writable());
    }

    private static JsonNode stored(String key) {
        return sandbox.stored(key);
    }

    private void shot(FxRobot robot, String name, boolean newestWindow) {
        UiSteps.shot(robot, newestWindow ? robot.listWindows().get(robot.listWindows().size() - 1)
                : startup.window().scene().getWindow(), name);
    }

    private static TreeItem<?> child(TreeItem<?> parent, String name) {
        return parent.getChildren().stream().filter(c -> c.getValue().toString().contains("name=" + name + ","))
                .findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNumberEditedInPlaceAndAnItemAddedFromItsSiblingsArePendingIntentsAndSaveTogether(FxRobot robot) {
        String key = sandbox.freeKeys.get(8);
        JsonNode before = stored(key);
        long coins = before.at("/Data/Coins").asLong();
        int items = before.at("/Data/Inventory").size();
        assertThat(items).as("the sandbox seeds inventories").isPositive();
        UiSteps.openProfile(robot, key);
        TreeTableView<Object> tree = robot.lookup("#data-tree").queryAs(TreeTableView.class);
        javafx.scene.control.TextField field = coinsEditor(robot, tree);
        robot.interact(() -> field.setText("12abc"));
        robot.clickOn(field).type(KeyCode.ENTER);
        UiSteps.waitFor(() -> robot.lookup("#data-tree-error").queryLabeled().getText()
                .equals("Expected a number (or +N to add N), got \"12abc\" at /Data/Coins"));
        assertThat(robot.lookup("#data-tree-editor").tryQuery()).as("the edit is kept").isPresent();
        shot(robot, "in-place-editor-error", false);
        robot.interact(() -> field.setText("+500")); // adds to the value as read, as typing the sum would
        robot.clickOn(field).type(KeyCode.ENTER);
        PendingTray tray = robot.lookup("#pending-tray").queryAs(PendingTray.class);
        UiSteps.waitFor(() -> tray.rows().contains("    /Data/Coins  +500  " + coins + " → " + (coins + 500)));
        assertThat(robot.lookup("#data-tree-error").queryLabeled().getText()).isEmpty();

        TreeItem<Object> inventory = (TreeItem<Object>) child(tree.getRoot(), "Inventory");
        robot.interact(() -> {
            inventory.setExpanded(true);
            tree.getSelectionModel().select(inventory);
            tree.getContextMenu().show(tree, javafx.geometry.Side.BOTTOM, 0, 0);
        });
        robot.clickOn("Add item…");
        javafx.scene.control.TextArea text = UiSteps.waitForNode(robot, "#json-input-text",
                javafx.scene.control.TextArea.class);
        JsonNode shaped = RobloxJson.parse(text.getText());
        JsonNode last = before.at("/Data/Inventory/" + (items - 1));
        assertThat(shaped.get("Item")).isEqualTo(last.get("Item"));
        assertThat(shaped.get("Id").asText()).isNotEqualTo(last.get("Id").asText());
        assertThat(UUID.fromString(shaped.get("Id").asText())).isNotNull();
        shot(robot, "in-place-add-item", true);
        UiSteps.press(robot, "Add");
        UiSteps.waitFor(() -> tray.rows().stream().anyMatch(r -> r.contains("/Data/Inventory  append")
                && r.contains(shaped.get("Id").asText())));
        UiSteps.waitFor(() -> inventory.getChildren().size() == items + 1);
        List<String> rows = tray.rows();
        assertThat(rows).filteredOn(r -> r.startsWith("    ")).hasSize(2);
        shot(robot, "in-place-edit", false);
        robot.interact(() -> startup.window().toggleTheme());
        shot(robot, "in-place-edit-dark", false);
        robot.interact(() -> startup.window().toggleTheme());

        robot.clickOn("#tray-save-all");
        javafx.scene.control.TextField reason = UiSteps.waitForNode(robot, "#save-reason",
                javafx.scene.control.TextField.class);
        robot.interact(() -> reason.setText("ticket 7: refund and crown"));
        UiSteps.press(robot, "Save");
        UiSteps.waitFor(() -> stored(key).at("/Data/Coins").asLong() == coins + 500);
        JsonNode after = stored(key);
        assertThat(after.at("/Data/Inventory").size()).isEqualTo(items + 1);
        assertThat(after.at("/Data/Inventory/" + items)).isEqualTo(shaped);
        // the notification, seen from the profile's tab where the user saved (ADR 0283): new version, Undo
        javafx.scene.control.Label notice = robot.lookup("#tray-notice-text").queryAs(javafx.scene.control.Label.class);
        UiSteps.waitFor(() -> notice.getParent().isVisible()
                && notice.getText().startsWith("Saved " + key + ": version ")
                && notice.getText().contains("2 changes"));
        assertThat(robot.lookup("#tray-undo").query().isVisible()).isTrue();
        assertThat(startup.window().currentProfile()).as("the profile's tab is still the one shown").isPresent();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedMetaTagValueStaysInTheCellNamingTheTagAndAGoodOneIsAPendingTagIntent(FxRobot robot) {
        String key = sandbox.freeKeys.get(9);
        JsonNode tags = stored(key).at("/MetaData/MetaTags");
        String name = "DataVersion";
        JsonNode old = tags.get(name);
        assertThat(old.isNumber()).as("the sandbox seeds a numeric DataVersion tag").isTrue();
        UiSteps.openProfile(robot, key);
        javafx.scene.control.TabPane panes = robot.lookup("#profile-panes").queryAs(
                javafx.scene.control.TabPane.class);
        robot.interact(() -> panes.getTabs().stream().filter(t -> t.getText().equals("MetaTags")).findFirst()
                .ifPresent(t -> panes.getSelectionModel().select(t)));
        javafx.scene.control.TableView<Object> table = robot.lookup("#metatags-table").queryTableView();
        UiSteps.waitFor(() -> !table.getItems().isEmpty());
        int row = java.util.stream.IntStream.range(0, table.getItems().size())
                .filter(r -> table.getItems().get(r).toString().contains("name=" + name + ",")).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
            table.edit(row, (javafx.scene.control.TableColumn<Object, ?>) table.getColumns().get(1));
        });
        javafx.scene.control.TextField field = UiSteps.waitForNode(robot, "#metatags-editor",
                javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText("3 apples"));
        robot.clickOn(field).type(KeyCode.ENTER);
        UiSteps.waitFor(() -> robot.lookup("#metatags-error").queryLabeled().getText().equals("MetaTag DataVersion: "
                + "Expected a number (or +N to add N), got \"3 apples\" at /MetaData/MetaTags/DataVersion"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#metatags-editor").tryQuery()).as("the refused value stays in the cell").isPresent();
        assertThat(field.getText()).isEqualTo("3 apples");
        assertThat(field.getStyleClass()).contains("input-invalid");
        PendingTray tray = robot.lookup("#pending-tray").queryAs(PendingTray.class);
        assertThat(tray.rows()).as("nothing was sent").noneMatch(r -> r.contains("/MetaData/MetaTags/"));
        shot(robot, "in-place-metatags-error", false);
        String next = Long.toString(old.asLong() + 1);
        robot.interact(() -> field.setText(next));
        robot.clickOn(field).type(KeyCode.ENTER);
        UiSteps.waitFor(() -> tray.rows().stream().anyMatch(r -> r.startsWith("    /MetaData/MetaTags/" + name
                + "  tag ") && r.endsWith(RobloxJson.writeString(old) + " → " + next)));
        assertThat(robot.lookup("#metatags-error").queryLabeled().getText()).isEmpty();
        shot(robot, "in-place-metatags", false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditInsideAnInventoryItemFollowsTheItemWhenTheGameInsertsOneBeforeIt(FxRobot robot) {
        String key = sandbox.freeKeys.get(10);
        JsonNode before = stored(key);
        assertThat(before.at("/Data/Inventory").size()).isGreaterThanOrEqualTo(2);
        JsonNode target = before.at("/Data/Inventory/1");
        String id = target.get("Id").asText();
        int level = target.get("Level").asInt();
        UiSteps.openProfile(robot, key);
        TreeTableView<Object> tree = robot.lookup("#data-tree").queryAs(TreeTableView.class);
        TreeItem<Object> inventory = (TreeItem<Object>) child(tree.getRoot(), "Inventory");
        robot.interact(() -> inventory.setExpanded(true));
        TreeItem<Object> item = (TreeItem<Object>) child(inventory, "[2]");
        robot.interact(() -> item.setExpanded(true));
        TreeItem<Object> levelRow = (TreeItem<Object>) child(item, "Level");
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(levelRow);
            tree.edit(tree.getRow(levelRow), tree.getColumns().get(1));
        });
        javafx.scene.control.TextField field = UiSteps.waitForNode(robot, "#data-tree-editor",
                javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText(Integer.toString(level + 10)));
        robot.clickOn(field).type(KeyCode.ENTER);
        PendingTray tray = robot.lookup("#pending-tray").queryAs(PendingTray.class);
        String path = "/Data/Inventory/[Id=\"" + id + "\"]/Level";
        UiSteps.waitFor(() -> tray.rows().contains("    " + path + "  +10  " + level + " → " + (level + 10)));
        shot(robot, "in-place-array-item", false);

        com.fasterxml.jackson.databind.node.ObjectNode latest = (com.fasterxml.jackson.databind.node.ObjectNode)
                stored(key).deepCopy();
        JsonNode inserted = RobloxJson.parse("{\"Id\":\"" + UUID.randomUUID() + "\",\"Item\":\"Gift\",\"Level\":1}");
        ((com.fasterxml.jackson.databind.node.ArrayNode) latest.at("/Data/Inventory")).insert(0, inserted);
        sandbox.overwrite(key, latest);

        robot.clickOn("#tray-save-all");
        javafx.scene.control.TextField reason = UiSteps.waitForNode(robot, "#save-reason",
                javafx.scene.control.TextField.class);
        robot.interact(() -> reason.setText("ticket 8: level fix"));
        UiSteps.press(robot, "Save");
        UiSteps.waitFor(() -> stored(key).at("/Data/Inventory/2/Level").asInt() == level + 10);
        JsonNode after = stored(key);
        assertThat(after.at("/Data/Inventory/2/Id").asText()).isEqualTo(id);
        assertThat(after.at("/Data/Inventory/0")).as("the game's new item is untouched").isEqualTo(inserted);
        assertThat(after.at("/Data/Inventory/1")).isEqualTo(before.at("/Data/Inventory/0"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterDiscardAllTheNextEditStartsFromTheValueReadAgainNotTheEditorsOldRead(FxRobot robot) {
        String key = sandbox.freeKeys.get(9);
        long coins = stored(key).at("/Data/Coins").asLong();
        UiSteps.openProfile(robot, key);
        TreeTableView<Object> tree = robot.lookup("#data-tree").queryAs(TreeTableView.class);
        editCoins(robot, tree, coins + 500);
        PendingTray tray = robot.lookup("#pending-tray").queryAs(PendingTray.class);
        UiSteps.waitFor(() -> tray.rows().contains("    /Data/Coins  +500  " + coins + " → " + (coins + 500)));
        com.fasterxml.jackson.databind.node.ObjectNode latest = (com.fasterxml.jackson.databind.node.ObjectNode)
                stored(key).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) latest.get("Data")).put("Coins", coins + 7);
        sandbox.overwrite(key, latest); // the game saved meanwhile
        robot.clickOn("#tray-discard-all");
        UiSteps.waitFor(() -> !tray.isVisible());
        UiSteps.waitFor(() -> child(tree.getRoot(), "Coins").getValue().toString()
                .contains("node=" + (coins + 7) + "]")); // the profile was read again
        editCoins(robot, tree, coins + 107);
        UiSteps.waitFor(() -> tray.rows().contains("    /Data/Coins  +100  " + (coins + 7) + " → " + (coins + 107)));
    }

    /** Starts editing the Coins row's value in place; the editor's field. */
    @SuppressWarnings("unchecked")
    private static javafx.scene.control.TextField coinsEditor(FxRobot robot, TreeTableView<Object> tree) {
        TreeItem<Object> coinsRow = (TreeItem<Object>) child(tree.getRoot(), "Coins");
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(coinsRow);
            tree.edit(tree.getRow(coinsRow), tree.getColumns().get(1));
        });
        UiSteps.waitFor(() -> robot.lookup("#data-tree-editor").tryQuery().isPresent());
        return robot.lookup("#data-tree-editor").queryAs(javafx.scene.control.TextField.class);
    }

    private static void editCoins(FxRobot robot, TreeTableView<Object> tree, long value) {
        javafx.scene.control.TextField field = coinsEditor(robot, tree);
        robot.interact(() -> field.setText(Long.toString(value)));
        robot.clickOn(field).type(KeyCode.ENTER);
    }
}
