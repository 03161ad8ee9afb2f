package dev.profilelens.app.team;

import static dev.profilelens.app.widgets.Controls.button;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings → Team: where the team database is and who this person is in it. */
public final class TeamSettingsView extends VBox {
    private final TeamSettingsViewModel model;

    public TeamSettingsView(TeamSettingsViewModel model) {
        this.model = model;
        createView();
    }

    private void createView() {
        TextField url = field("team-url", "jdbc:postgresql://HOST:5432/profilelens");
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField user = field("team-user", "your database login");
        user.textProperty().bindBidirectional(model.userProperty());
        TextField name = field("team-display-name", "shown as the author of your writes");
        name.textProperty().bindBidirectional(model.displayNameProperty());
        TextField schema = field("team-schema", "profilelens");
        schema.textProperty().bindBidirectional(model.schemaProperty());
        PasswordField password = new PasswordField();
        password.setId("team-password");
        password.setPromptText("kept in the OS keychain");
        password.textProperty().bindBidirectional(model.passwordProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("JDBC URL"), url);
        grid.addRow(1, new Label("User"), user);
        grid.addRow(2, new Label("Password"), password);
        grid.addRow(3, new Label("Display name"), name);
        grid.addRow(4, new Label("Schema"), schema);
        Button save = button("Connect and save", "Check the login and use this team database", model::save);
        save.setId("team-save");
        Button leave = button("Work alone", "Stop using the team database on this machine", model::leave);
        leave.setId("team-leave");
        Label status = new Label();
        status.setId("team-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label help = new Label("One person needs nothing here. A team shares one audit log, index, connection "
                + "profiles and templates in a PostgreSQL database (README, \"Team database\").");
        help.setWrapText(true);
        help.getStyleClass().add("muted");
        getChildren().addAll(help, grid, new HBox(8, save, leave), status);
        setSpacing(12);
        setPadding(new Insets(16));
        setPrefWidth(560);
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(36);
        return f;
    }
}
