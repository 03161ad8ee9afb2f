package dev.profilelens.app.profile;

import dev.profilelens.app.widgets.Controls;
import dev.profilelens.app.widgets.FitToRows;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.model.GlobalUpdate;
import dev.profilelens.core.model.Mailbox;
import dev.profilelens.core.model.Message;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The mailbox: ProfileService global updates (active / locked) or ProfileStore messages. */
final class UpdatesPane {
    /** One row: id, version (PS) or blank, state, data. */
    record Row(String id, String version, String state, String data) {
    }

    private UpdatesPane() {
    }

    static Node of(ProfileSnapshot s) {
        Mailbox box = s.reading().mailbox();
        List<Row> rows = new ArrayList<>();
        if (box != null) {
            for (GlobalUpdate u : box.active()) {
                rows.add(new Row(Long.toString(u.id()), Long.toString(u.version()), "active (waiting for the owner)",
                        RobloxJson.writeString(u.data())));
            }
            for (GlobalUpdate u : box.locked()) {
                rows.add(new Row(Long.toString(u.id()), Long.toString(u.version()),
                        "locked (received; cleared at the owner's next save)", RobloxJson.writeString(u.data())));
            }
            for (Message m : box.messages()) {
                rows.add(new Row(Long.toString(m.id()), "", "pending message", RobloxJson.writeString(m.message())));
            }
        }
        Label head = new Label(box == null ? "" : "Update index " + box.index() + " · " + rows.size() + " pending");
        head.getStyleClass().add("section-title");
        if (rows.isEmpty()) {
            // a label, not an empty table: most profiles have nothing pending, and a table's skin, header and
            // placeholder cost some 10-20 ms of the FX thread to make and style when a profile is first opened
            Label none = new Label(box == null ? "No mailbox." : "Nothing pending.");
            none.setId("updates-none");
            none.getStyleClass().add("muted");
            return new BorderPane(none, head, null, null, null);
        }
        TableView<Row> table = new TableView<>(FXCollections.observableList(rows));
        table.setId("updates-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.column("Id", Row::id, 90));
        table.getColumns().add(Controls.column("Version", Row::version, 90));
        table.getColumns().add(Controls.column("State", Row::state, 300));
        table.getColumns().add(Controls.column("Data", Row::data, 400));
        BorderPane pane = new BorderPane();
        FitToRows.apply(table, pane);
        pane.setTop(head);
        return pane;
    }
}
