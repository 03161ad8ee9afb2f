package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.widgets.Controls;
import dev.profilelens.app.widgets.FitToRows;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.Document;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentFailedException;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * MetaTags as a table: tag, value (JSON), type. With an intent sink (a writable profile) the value is edited in
 * place (typed as the value it replaces), tags are added and removed; each edit is a MetaTag intent sent to the key's
 * editor, and edited tags are shown in bold.
 */
final class MetaTagsPane {
    static final String TAGS = "/MetaData/MetaTags";

    /** One row. */
    record Tag(String name, String value, String type) {
        // written out: a record's own equals is linked at its first call, 5-40 ms in a fresh JVM (ADR 0273)
        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Tag t && name.equals(t.name) && value.equals(t.value) && type.equals(t.type);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, value, type);
        }
    }

    private final JsonNode root;
    private final IntentSink sink;
    private final TableView<Tag> table;
    private final Label error = new Label();
    private final Set<String> edited = new HashSet<>();
    private @Nullable Document doc;

    private MetaTagsPane(JsonNode root, IntentSink sink, TableView<Tag> table) {
        this.root = root;
        this.sink = sink;
        this.table = table;
    }

    static Node of(ProfileSnapshot s, @Nullable IntentSink sink) {
        JsonNode tags = s.reading().meta() == null ? null : s.reading().meta().metaTags();
        TableView<Tag> table = new TableView<>();
        table.setId("metatags-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.column("Tag", Tag::name, 240));
        TableColumn<Tag, String> value = Controls.column("Value", Tag::value, 320);
        table.getColumns().add(value);
        table.getColumns().add(Controls.column("Type", Tag::type, 140));
        table.setPlaceholder(new Label(tags == null ? "This value has no MetaData." : "No MetaTags."));
        table.setItems(FXCollections.observableList(rows(tags)));
        BorderPane pane = new BorderPane();
        FitToRows.apply(table, pane);
        if (sink != null && tags != null && s.reading().root() != null) {
            new MetaTagsPane(s.reading().root(), sink, table).editable(value, pane);
        }
        return pane;
    }

    private void editable(TableColumn<Tag, String> value, BorderPane pane) {
        table.setEditable(true);
        value.setEditable(true);
        value.setCellFactory(c -> new TagValueCell(name -> tags().get(name),
                (name, now) -> submit(InPlaceIntents.setTag(name, now, tags().get(name))), error));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Tag tag, boolean empty) {
                super.updateItem(tag, empty);
                getStyleClass().remove("edited");
                if (!empty && tag != null && edited.contains(tag.name())) {
                    getStyleClass().add("edited");
                }
            }
        });
        Button add = new Button("Add tag…");
        add.setId("metatags-add-tag");
        add.setOnAction(e -> JsonInputDialog.show(table.getScene() == null ? null : table.getScene().getWindow(),
                "Add a MetaTag", "A new MetaTag and its value.", TAGS, "", "0", "Add", (name, v) -> {
                    if (name.isBlank() || tags().has(name)) {
                        throw new InvalidInputException(name.isBlank()
                                ? "Give the tag a name" : "The tag " + name + " exists; edit its value instead", TAGS);
                    }
                    if (!submit(InPlaceIntents.setTag(name, v, null))) {
                        throw new InvalidInputException(error.getText(), TAGS);
                    }
                }));
        Button remove = new Button("Remove tag");
        remove.setId("metatags-remove-tag");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> submit(InPlaceIntents.removeTag(table.getSelectionModel().getSelectedItem().name())));
        error.setId("metatags-error");
        error.getStyleClass().add("inline-error");
        Controls.shownWhenSet(error);
        Label hint = new Label("Double-click a value to edit it; edits are pending changes until saved.");
        hint.getStyleClass().add("muted");
        pane.setTop(new VBox(new ToolBar(add, remove, hint), error));
    }

    private JsonNode tags() {
        return (doc == null ? root : doc.root()).at(TAGS);
    }

    private boolean submit(Intent intent) {
        Document d = doc == null ? Document.copyOnWrite(root) : doc;
        doc = d;
        try {
            d.apply(intent);
        } catch (IntentFailedException e) {
            error.setText(e.userMessage());
            return false;
        }
        error.setText("");
        sink.add(intent);
        edited.add(intent.path().substring(TAGS.length() + 1));
        table.getItems().setAll(rows(tags()));
        return true;
    }

    private static List<Tag> rows(@Nullable JsonNode tags) {
        List<Tag> rows = new ArrayList<>();
        if (tags != null && tags.isObject()) {
            for (Map.Entry<String, JsonNode> e : tags.properties()) {
                rows.add(new Tag(e.getKey(), RobloxJson.writeString(e.getValue()), JsonTypes.of(e.getValue())));
            }
        }
        return rows;
    }

}
