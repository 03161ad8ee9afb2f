package dev.profilelens.app.find;

import dev.profilelens.core.find.FindHit;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One search box and its result list. Enter searches; Enter again (the results answer what is typed) or Enter
 * in the list opens the selected place (the first when none is selected); Down moves into the list. Below, the
 * connection's key templates (detected, or as the user set them) can be edited and saved.
 */
public final class FindPlayerView extends VBox {
    private final FindPlayerViewModel model;
    private final Consumer<FindHit> open;
    private final TextField box = new TextField();
    private final ListView<FindHit> list = new ListView<>();
    private final Label message = new Label();
    private final TextArea templates = new TextArea();
    private final TitledPane templatePane = new TitledPane();

    public FindPlayerView(FindPlayerViewModel model, Consumer<FindHit> open) {
        this.model = model;
        this.open = open;
        createView();
        initListeners();
    }

    private void createView() {
        box.setId("find-query");
        box.setPromptText("UserId or @username");
        list.setId("find-results");
        list.setItems(model.results());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FindHit h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : label(h));
            }
        });
        list.setPlaceholder(new Label("No places yet"));
        message.setId("find-message");
        message.setWrapText(true);
        setSpacing(6);
        getStyleClass().add("pane-padded-wide");
        VBox.setVgrow(list, Priority.ALWAYS);
        templates.setId("find-templates");
        templates.setPrefRowCount(4);
        templates.setPromptText("One store a line: PlayerData=Player_{id}, {id}");
        Button save = new Button("Save templates");
        save.setId("find-templates-save");
        save.setOnAction(e -> model.saveTemplates());
        templatePane.setId("find-templates-pane");
        templatePane.setText("Key templates of this connection");
        Button share = new Button("Share with the team");
        share.setId("find-templates-share");
        share.setTooltip(new Tooltip("Keep these templates in the team database for everyone's search (admins)"));
        share.setOnAction(e -> model.shareTemplates());
        templatePane.setContent(new VBox(6, templates, new HBox(6, save, share)));
        templatePane.setExpanded(false);
        templatePane.setAnimated(false);
        getChildren().setAll(box, list, message, templatePane);
    }

    private void initListeners() {
        box.textProperty().bindBidirectional(model.queryProperty());
        message.textProperty().bind(model.messageProperty());
        templates.textProperty().bindBidirectional(model.templatesTextProperty());
        templatePane.expandedProperty().addListener((o, was, now) -> {
            if (now && templates.getText().isEmpty()) {
                model.loadTemplates();
            }
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (model.resultsMatchQuery()) {
                    openSelected();
                } else {
                    model.search();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    private void openSelected() {
        FindHit h = list.getSelectionModel().getSelectedItem();
        if (h == null && !list.getItems().isEmpty()) {
            h = list.getItems().get(0);
        }
        if (h != null && h.ref() != null) {
            open.accept(h);
        }
    }

    /** Puts the caret in the box (Ctrl+P again). */
    public void focusBox() {
        box.requestFocus();
        box.selectAll();
    }

    static String label(FindHit h) {
        return h.store() + " / " + h.scope() + " / " + h.key() + "  ·  " + h.dialect() + " · " + h.kind()
                + (h.lock() == null ? "" : " · " + h.lock()) + "  (" + h.via() + ")";
    }
}
