package dev.profilelens.app.connection;

import dev.profilelens.app.widgets.Controls;
import dev.profilelens.app.widgets.Icons;
import dev.profilelens.app.widgets.LazyTooltip;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The connections sidebar: coloured entries with kind and safety; add, edit, duplicate, remove, open. */
public final class ConnectionsView extends VBox {
    private final ConnectionsViewModel model;
    private final ListView<Connection> list = new ListView<>();
    private final Button add = new Button("+");
    private final Button edit = new Button("Edit");
    private final Button duplicate = new Button("Duplicate");
    private final Button remove = new Button("−");
    private final Button share = new Button("Share");
    private final Label teamStatus = new Label();

    /** What the sidebar asks the shell to do. */
    public interface Actions {
        void open(Connection c);

        void add();

        void edit(Connection c);

        static Actions of(Consumer<Connection> open, Runnable add, Consumer<Connection> edit) {
            return new Actions() {
                @Override
                public void open(Connection c) {
                    open.accept(c);
                }

                @Override
                public void add() {
                    add.run();
                }

                @Override
                public void edit(Connection c) {
                    edit.accept(c);
                }
            };
        }
    }

    public ConnectionsView(ConnectionsViewModel model, Actions actions) {
        this.model = model;
        createView();
        initListeners(actions);
    }

    private void createView() {
        Label title = new Label("CONNECTIONS");
        title.getStyleClass().add("section-title");
        list.setId("connection-list");
        list.setPrefHeight(150);
        list.setItems(model.connections());
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Connection c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Region swatch = ConnectionFrame.swatch(c, 12);
                Label name = new Label(c.name());
                Label kind = new Label(c.kind() + " · " + c.safety() + (model.isTeam(c) ? " · team" : "")
                        + (model.isThisRunOnly(c) ? " · this run only" : ""));
                kind.getStyleClass().add(c.production() ? "production" : "muted");
                HBox row = new HBox(8, swatch, new VBox(name, kind));
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
                setText(null);
            }
        });
        Icons.on(add, Feather.PLUS).setText("");
        Icons.on(edit, Feather.EDIT_2).setText("");
        Icons.on(duplicate, Feather.COPY).setText("");
        LazyTooltip.install(edit, "Edit the selected connection");
        LazyTooltip.install(duplicate, "Duplicate the selected connection");
        Icons.on(remove, Feather.TRASH_2).setText("");
        add.setId("connection-add");
        remove.setId("connection-remove");
        LazyTooltip.install(add, "Add a connection");
        LazyTooltip.install(remove, "Remove the selected connection");
        Icons.on(share, Feather.SHARE_2).setText("");
        share.setId("connection-share");
        LazyTooltip.install(share, "Share the selected Open Cloud connection with the team (admins only; the "
                + "API key is never shared)");
        teamStatus.setId("connection-team-status");
        teamStatus.getStyleClass().add("muted");
        teamStatus.textProperty().bind(model.teamStatusProperty());
        Controls.shownWhenSet(teamStatus);
        HBox buttons = new HBox(4, add, edit, duplicate, remove, share);
        getChildren().addAll(title, list, buttons, teamStatus);
        setSpacing(4);
        getStyleClass().add("pane-padded");
    }

    private void initListeners(Actions actions) {
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        duplicate.disableProperty().bind(edit.disableProperty());
        remove.disableProperty().bind(edit.disableProperty());
        share.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Connection c = list.getSelectionModel().getSelectedItem();
            return c == null || !model.canShare(c);
        }, list.getSelectionModel().selectedItemProperty(), model.connections()));
        share.setOnAction(e -> model.share(list.getSelectionModel().getSelectedItem()));
        add.setOnAction(e -> actions.add());
        edit.setOnAction(e -> actions.edit(list.getSelectionModel().getSelectedItem()));
        duplicate.setOnAction(e -> model.duplicate(list.getSelectionModel().getSelectedItem()));
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(e -> {
            Connection c = list.getSelectionModel().getSelectedItem();
            if (c != null && e.getClickCount() == 2) {
                actions.open(c);
            }
        });
        list.setOnKeyPressed(e -> {
            Connection c = list.getSelectionModel().getSelectedItem();
            if (c != null && e.getCode() == KeyCode.ENTER) {
                actions.open(c);
            }
        });
    }

    public void select(Connection c) {
        list.getSelectionModel().select(c);
    }
}
