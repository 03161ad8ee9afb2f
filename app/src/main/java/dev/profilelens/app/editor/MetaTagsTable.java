package dev.profilelens.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;

/**
 * MetaTags as a table: add, rename, remove, and typed values (number, string, boolean, table as JSON). Every edit
 * is written back into the editor's text, so text and table never disagree; a value that does not fit its type
 * is refused with the tag's name and the row keeps what was there.
 */
final class MetaTagsTable extends BorderPane {
    private final TableView<TagRow> table = new TableView<>();
    private final Label problem = new Label();
    private final Consumer<ObjectNode> onChange;

    MetaTagsTable(Consumer<ObjectNode> onChange) {
        this.onChange = onChange;
        table.setId("metatags-table");
        table.setEditable(true);
        TableColumn<TagRow, String> name = column("Tag", TagRow::name, 160);
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(e -> replace(e.getTablePosition().getRow(), new TagRow(e.getNewValue().strip(),
                e.getRowValue().type(), e.getRowValue().value())));
        TableColumn<TagRow, String> type = column("Type", TagRow::type, 90);
        type.setCellFactory(ComboBoxTableCell.forTableColumn(TagRow.TYPES.toArray(String[]::new)));
        type.setOnEditCommit(e -> replace(e.getTablePosition().getRow(), new TagRow(e.getRowValue().name(),
                e.getNewValue(), e.getRowValue().value())));
        TableColumn<TagRow, String> value = column("Value", TagRow::value, 220);
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setOnEditCommit(e -> replace(e.getTablePosition().getRow(), new TagRow(e.getRowValue().name(),
                e.getRowValue().type(), e.getNewValue())));
        table.getColumns().setAll(List.of(name, type, value));
        table.setPlaceholder(new Label("No MetaTags"));
        Button add = new Button("Add tag");
        add.setId("metatags-add");
        add.setOnAction(e -> {
            List<TagRow> rows = new ArrayList<>(table.getItems());
            rows.add(new TagRow(freeName(rows), "number", "0"));
            commit(rows);
        });
        Button remove = new Button("Remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            List<TagRow> rows = new ArrayList<>(table.getItems());
            rows.remove(table.getSelectionModel().getSelectedIndex());
            commit(rows);
        });
        problem.setWrapText(true);
        problem.getStyleClass().add("error-text");
        setTop(new ToolBar(add, remove, new Label("Double-click a cell to edit it")));
        setCenter(table);
        setBottom(problem);
    }

    /** Shows the tags of the latest valid text. */
    void show(JsonNode tags) {
        table.getItems().setAll(TagRow.of(tags));
    }

    private void replace(int index, TagRow row) {
        List<TagRow> rows = new ArrayList<>(table.getItems());
        rows.set(index, row);
        commit(rows);
    }

    private void commit(List<TagRow> rows) {
        try {
            ObjectNode tags = TagRow.toTags(rows);
            problem.setText("");
            table.getItems().setAll(rows);
            onChange.accept(tags);
        } catch (InvalidInputException e) {
            problem.setText(e.userMessage());
            table.refresh();
        }
    }

    private static String freeName(List<TagRow> rows) {
        for (int n = 1; ; n++) {
            String name = "NewTag" + n;
            if (rows.stream().noneMatch(r -> r.name().equals(name))) {
                return name;
            }
        }
    }

    private static TableColumn<TagRow, String> column(String title, Function<TagRow, String> f,
                                                      double width) {
        TableColumn<TagRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }
}
