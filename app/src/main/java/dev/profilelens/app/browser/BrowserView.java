package dev.profilelens.app.browser;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionFrame;
import dev.profilelens.app.widgets.KeyRow;
import dev.profilelens.app.widgets.LazyTooltip;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Store picker, scope, key search and the lazily paged key list of one connection. */
public final class BrowserView extends VBox {
    private final BrowserViewModel model;
    private final Consumer<KeyRow> open;
    private final ComboBox<String> stores = new ComboBox<>();
    private final TextField scope = new TextField();
    private final CheckBox allScopes = new CheckBox("all");
    private final TextField search = new TextField();
    /** Showing one of the last this many rows loads the next page. */
    private static final int PREFETCH_ROWS = 50;
    private final ListView<KeyRow> keys = new ListView<>();
    private final Label status = new Label();

    public BrowserView(BrowserViewModel model, Consumer<KeyRow> open) {
        this.model = model;
        this.open = open;
        createView();
        initListeners();
    }

    private void createView() {
        setSpacing(6);
        getStyleClass().add("pane-padded");
        stores.setId("store-picker");
        stores.setMaxWidth(Double.MAX_VALUE);
        stores.setPromptText("Data store");
        scope.setId("scope-field");
        scope.setPrefColumnCount(8);
        LazyTooltip.install(scope, "Scope (Enter to apply)");
        LazyTooltip.install(allScopes, "List keys of every scope");
        search.setId("key-search");
        search.setPromptText("Key prefix… (Ctrl+K)");
        LazyTooltip.install(search, "Keys starting with this text (Ctrl+K); Enter searches");
        keys.setId("key-list");
        // one row height: the list then never measures rows to estimate its length, which cost the FX thread up to
        // 190 ms per page once tens of thousands of keys were loaded
        keys.setFixedCellSize(22);
        keys.setCellFactory(lv -> new KeyCell(index -> {
            // within the last rows, not only at the very last one: a list may well not update the cell of the
            // last row again when a page arrives while it is on screen, and the next page never came
            if (index >= model.keys().size() - PREFETCH_ROWS) {
                model.loadMore();
            }
        }));
        keys.setItems(model.keys());
        Label none = new Label();
        none.setId("key-empty");
        none.setWrapText(true);
        none.textProperty().bind(model.emptyProperty());
        Hyperlink everywhere = new Hyperlink("Search all scopes");
        everywhere.setId("search-all-scopes");
        everywhere.visibleProperty().bind(model.allScopesProperty().not().and(model.emptyProperty().isNotEmpty()));
        everywhere.setOnAction(e -> model.searchAllScopes());
        VBox placeholder = new VBox(4, none, everywhere);
        placeholder.getStyleClass().add("search-empty");
        placeholder.setAlignment(Pos.TOP_LEFT);
        keys.setPlaceholder(placeholder);
        VBox.setVgrow(keys, Priority.ALWAYS);
        status.getStyleClass().add("muted");
        status.setId("key-count");
        HBox scopeRow = new HBox(6, new Label("Scope"), scope, allScopes);
        scopeRow.getStyleClass().add("row-left");
        HBox.setHgrow(scope, Priority.ALWAYS);
        // which game these keys are from, also while a document of another connection is shown
        Connection c = model.connection();
        Label on = new Label(c.name());
        on.setId("browser-connection");
        on.getStyleClass().add(c.production() ? "production" : "muted");
        on.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox title = new HBox(6, sectionTitle("DATA STORE"), grow, ConnectionFrame.swatch(c, 10), on);
        title.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, stores, scopeRow, search, keys, status);
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void initListeners() {
        stores.setItems(model.stores());
        model.storeProperty().addListener((o, a, b) -> stores.getSelectionModel().select(b));
        stores.setOnAction(e -> {
            String picked = stores.getValue();
            if (picked != null && !picked.equals(model.storeProperty().get())) {
                model.openStore(picked);
            }
        });
        scope.textProperty().bindBidirectional(model.scopeProperty());
        scope.disableProperty().bind(allScopes.selectedProperty());
        scope.setOnAction(e -> model.search());
        allScopes.selectedProperty().bindBidirectional(model.allScopesProperty());
        allScopes.setOnAction(e -> model.search());
        search.textProperty().bindBidirectional(model.prefixProperty());
        PauseTransition typing =
                new PauseTransition(Duration.millis(350));
        typing.setOnFinished(e -> model.search());
        search.setOnAction(e -> {
            typing.stop();
            model.searchAndOpenExact(open);
        });
        search.textProperty().addListener((o, a, b) -> typing.playFromStart());
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !keys.getItems().isEmpty()) {
                keys.requestFocus();
                if (keys.getSelectionModel().isEmpty()) {
                    keys.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                typing.stop();
                model.search();
                e.consume();
            }
        });
        status.textProperty().bind(model.statusProperty());
        keys.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        keys.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if (e.getCode() == KeyCode.UP && keys.getSelectionModel().getSelectedIndex() <= 0) {
                search.requestFocus();
            }
        });
    }

    private void openSelected() {
        KeyRow row = keys.getSelectionModel().getSelectedItem();
        if (row != null) {
            open.accept(row);
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public BrowserViewModel model() {
        return model;
    }

    public ListView<KeyRow> keyList() {
        return keys;
    }
}
