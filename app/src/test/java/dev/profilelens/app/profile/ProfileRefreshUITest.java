package dev.profilelens.app.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.browser.RecordingDialogs;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.raw.LargeTextView;
import dev.profilelens.app.raw.RawPane;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.testfx.FxThreadLookups;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A profile read again (Refresh) is shown in the same panes: the Data tree keeps its open rows and selection and
 * shows the new value; the Raw pane keeps its line view and shows the new text; the tabs are the same tabs.
 */
@ExtendWith(FxThreadLookups.class)
class ProfileRefreshUITest {
    private static final EntryRef REF = EntryRef.of("PlayerData", "Player_1");
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final InMemoryProfileSource source = new InMemoryProfileSource(Clock.systemUTC());
    private ConnectionSession session;
    private ProfileView view;

    @Start
    void start(Stage stage) {
        write(1);
        session = new ConnectionSession(TestProviders.installed(), Connection.SANDBOX, source);
        ProfileLoader loader = ProfileViews.loader();
        ProfileViewModel model = new ProfileViewModel(session, tasks, new RecordingDialogs(), loader, REF, r -> { });
        view = new ProfileView(model);
        ProfileViews.show(stage, view);
        model.refresh();
    }

    /** A profile whose inventory is big enough for the Raw pane's line view; {@code coins} tells reads apart. */
    private void write(int coins) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 25_000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"Id\":").append(i).append(",\"Item\":\"Sword of the long name ")
                    .append(i).append("\"}");
        }
        String value = "{\"Data\":{\"Coins\":" + coins + ",\"Inventory\":[" + items + "],\"Zeta\":1},\"MetaData\":{"
                + "\"ProfileCreateTime\":1,\"SessionLoadCount\":1,\"MetaTags\":{},\"LastUpdate\":1},"
                + "\"GlobalUpdates\":[0,[]]}";
        source.write(new WriteRequest(REF, value.getBytes(StandardCharsets.UTF_8), List.of(1L), "{}",
                Precondition.none()));
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private void waitShown(Object before) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.model().snapshotProperty().get() != before
                && view.fullyShown());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<JsonTreeItem.Row> tree() {
        return (TreeTableView<JsonTreeItem.Row>) view.lookup("#data-tree");
    }

    private static TreeItem<JsonTreeItem.Row> child(TreeItem<JsonTreeItem.Row> item, String name) {
        return item.getChildren().stream().filter(c -> c.getValue().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aBigArrayOpensWithTheFocusedRowKept(FxRobot robot) throws Exception {
        waitShown(null);
        TreeTableView<JsonTreeItem.Row> tree = tree();
        TreeItem<JsonTreeItem.Row> inventory = child(tree.getRoot(), "Inventory");
        TreeItem<JsonTreeItem.Row> zeta = child(tree.getRoot(), "Zeta");
        robot.interact(() -> {
            tree.getSelectionModel().select(zeta);
            tree.getFocusModel().focus(tree.getRow(zeta));
            inventory.setExpanded(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inventory.getChildren()).hasSize(25_000);
        assertThat(tree.getFocusModel().getFocusedItem()).as("the focused row below, moved down").isSameAs(zeta);
        assertThat(tree.getFocusModel().getFocusedIndex()).isEqualTo(25_003);
        robot.interact(() -> {
            inventory.setExpanded(false);
            tree.getSelectionModel().select(inventory);
            tree.getFocusModel().focus(tree.getRow(inventory));
            tree.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, inventory::isExpanded);
        TreeItem<JsonTreeItem.Row> first = inventory.getChildren().get(0);
        TreeItem<JsonTreeItem.Row> focused = tree.getFocusModel().getFocusedItem();
        assertThat(focused).isNotNull();
        robot.interact(() -> first.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.getChildren()).extracting(c -> c.getValue().name()).containsExactly("Id", "Item");
        assertThat(tree.getFocusModel().getFocusedItem()).as("focus stays on its row").isSameAs(focused);
    }

    @Test
    void refreshKeepsThePanesTheOpenRowsAndTheSelectionAndShowsTheNewValue(FxRobot robot) throws Exception {
        waitShown(null);
        TreeTableView<JsonTreeItem.Row> tree = tree();
        List<Tab> tabs = List.copyOf(view.panes().getTabs());
        Node rawPane = tabs.get(tabs.size() - 1).getContent();
        assertThat(rawPane).isInstanceOf(RawPane.class);
        Node lines = rawPane.lookup("#raw-lines");
        assertThat(lines).isInstanceOf(LargeTextView.class);
        robot.interact(() -> {
            TreeItem<JsonTreeItem.Row> inventory = child(tree.getRoot(), "Inventory");
            inventory.setExpanded(true);
            child(inventory, "[3]").setExpanded(true);
            tree.getSelectionModel().select(child(child(inventory, "[3]"), "Item"));
        });
        Object first = view.model().snapshotProperty().get();
        write(2);
        robot.interact(() -> view.model().refresh());
        waitShown(first);

        assertThat(tree()).as("the same tree").isSameAs(tree);
        assertThat(view.panes().getTabs()).as("the same tabs").containsExactlyElementsOf(tabs);
        assertThat(tabs.get(tabs.size() - 1).getContent()).isSameAs(rawPane);
        assertThat(rawPane.lookup("#raw-lines")).as("the same line view").isSameAs(lines);
        assertThat(((LargeTextView) lines).lineCount()).isGreaterThan(1_000);
        TreeItem<JsonTreeItem.Row> coins = child(tree.getRoot(), "Coins");
        assertThat(coins.getValue().node().asInt()).as("the new value").isEqualTo(2);
        TreeItem<JsonTreeItem.Row> inventory = child(tree.getRoot(), "Inventory");
        assertThat(inventory.isExpanded()).isTrue();
        assertThat(child(inventory, "[3]").isExpanded()).isTrue();
        assertThat(child(inventory, "[2]").isExpanded()).isFalse();
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().path()).isEqualTo("/Data/Inventory/2/Item");
    }
}
