package dev.profilelens.app.profile;

import dev.profilelens.app.widgets.FitToRows;
import dev.profilelens.core.codec.RobloxJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** MetaTags as a table: tag, value (JSON), type. */
final class MetaTagsPane {
    /** One row. */
    record Tag(String name, String value, String type) {
    }

    private MetaTagsPane() {
    }

    static Node of(ProfileSnapshot s) {
        JsonNode tags = s.reading().meta() == null ? null : s.reading().meta().metaTags();
        TableView<Tag> table = new TableView<>();
        table.setId("metatags-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Tag", Tag::name));
        table.getColumns().add(column("Value", Tag::value));
        table.getColumns().add(column("Type", Tag::type));
        table.setPlaceholder(new Label(tags == null ? "This value has no MetaData." : "No MetaTags."));
        List<Tag> rows = new ArrayList<>();
        if (tags != null && tags.isObject()) {
            for (Map.Entry<String, JsonNode> e : tags.properties()) {
                rows.add(new Tag(e.getKey(), RobloxJson.writeString(e.getValue()), JsonTypes.of(e.getValue())));
            }
        }
        table.setItems(FXCollections.observableList(rows));
        BorderPane pane = new BorderPane();
        FitToRows.apply(table, pane);
        return pane;
    }

    private static TableColumn<Tag, String> column(String title, java.util.function.Function<Tag, String> f) {
        TableColumn<Tag, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }
}
