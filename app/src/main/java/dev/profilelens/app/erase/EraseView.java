package dev.profilelens.app.erase;

import dev.profilelens.core.erase.ErasePlace;
import dev.profilelens.core.erase.ReviewHit;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Tools → Right to erasure…: input (UserIds, or a webhook body with its signature and the secret), where else to
 * look (start place → universe, ordered leaderboards, a mirror to scan), Find places, the plan as a table, the
 * mirror's values that name the user (for review), the typed confirmation and reason, Erase, progress with Cancel,
 * and the report's path.
 */
public final class EraseView extends VBox {
    private final EraseViewModel model;
    private final TextArea input = new TextArea();
    private final TextField signature = new TextField();
    private final PasswordField secret = new PasswordField();
    private final TextField placeMap = new TextField();
    private final TextField ordered = new TextField();
    private final TextField mirror = new TextField();
    private final Button browse = new Button("Browse…");
    private final ListView<ReviewHit> review = new ListView<>();
    private final Button planButton = new Button("Find places");
    private final TableView<ErasePlace> table = new TableView<>();
    private final TextField confirm = new TextField();
    private final TextField reason = new TextField();
    private final Button run = new Button("Erase");
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button("Cancel");
    private final Label message = new Label();

    public EraseView(EraseViewModel model) {
        this.model = model;
        createView();
        bind();
    }

    private void createView() {
        input.setId("erase-input");
        input.setPromptText("UserId(s), e.g. 100032 or 100032, 100033 — or paste a RightToErasureRequest webhook body");
        input.setPrefRowCount(3);
        signature.setId("erase-signature");
        signature.setPromptText("roblox-signature header of a pasted body (t=…,v1=…)");
        secret.setId("erase-secret");
        secret.setPromptText("webhook secret");
        HBox.setHgrow(signature, Priority.ALWAYS);
        placeMap.setId("erase-place-map");
        placeMap.setPromptText("start place=universe, e.g. 1818=4811");
        placeMap.setTooltip(new Tooltip("Which universe each start place of a webhook request belongs to "
                + "(Creator Hub shows it); like the CLI's --places"));
        ordered.setId("erase-ordered");
        ordered.setPromptText("ordered leaderboards to search, e.g. Kills, Wins");
        ordered.setTooltip(new Tooltip("Ordered data stores keyed by the UserId, besides those the connection can "
                + "list; like --ordered"));
        mirror.setId("erase-mirror");
        mirror.setPromptText("a mirror (.db): other values naming the user are listed for review");
        mirror.setTooltip(new Tooltip("A local copy (File → Mirror to local…) whose values are scanned for the UserId: "
                + "hits are listed for review, never deleted; like --mirror"));
        HBox.setHgrow(placeMap, Priority.ALWAYS);
        HBox.setHgrow(ordered, Priority.ALWAYS);
        HBox.setHgrow(mirror, Priority.ALWAYS);
        browse.setId("erase-mirror-browse");
        review.setId("erase-review");
        review.setPrefHeight(90);
        review.setPlaceholder(new Label("Nothing to review: with a mirror to scan, other values that name the user "
                + "are listed here (never deleted)"));
        review.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewHit h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : h.ref() + " names " + h.userId() + " at "
                        + String.join(", ", h.paths()));
            }
        });
        planButton.setId("erase-plan");
        planButton.setDefaultButton(true);
        table.setId("erase-places");
        table.setPlaceholder(new Label("No places yet: Find places lists every key and entry that holds the user"));
        table.getColumns().setAll(Columns.columns());
        confirm.setId("erase-confirm");
        reason.setId("erase-reason");
        reason.setPromptText("reason (request or ticket)");
        HBox.setHgrow(reason, Priority.ALWAYS);
        run.setId("erase-run");
        run.setStyle("-fx-base: #c53030;");
        progress.setId("erase-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        cancel.setId("erase-cancel");
        message.setId("erase-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        setSpacing(8);
        setStyle("-fx-padding: 10;");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(new Label("Who is to be erased"), input, new HBox(6, signature, secret),
                new HBox(6, label("Place → universe", placeMap), placeMap, label("Ordered leaderboards", ordered),
                        ordered), new HBox(6, label("Mirror to scan", mirror), mirror, browse, planButton), table,
                new Label("For review, never deleted: other values in the mirror that name the user"), review,
                new HBox(6, confirm, reason, run), new HBox(6, progress, cancel), message);
    }

    /** A field's name beside it (its prompt disappears once something is typed). */
    private static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setMaxHeight(Double.MAX_VALUE);
        return l;
    }

    private void bind() {
        input.textProperty().bindBidirectional(model.inputProperty());
        signature.textProperty().bindBidirectional(model.signatureProperty());
        secret.textProperty().bindBidirectional(model.secretProperty());
        confirm.textProperty().bindBidirectional(model.confirmationProperty());
        reason.textProperty().bindBidirectional(model.reasonProperty());
        placeMap.textProperty().bindBidirectional(model.placeMapProperty());
        ordered.textProperty().bindBidirectional(model.orderedProperty());
        mirror.textProperty().bindBidirectional(model.mirrorProperty());
        review.setItems(model.review());
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Mirror to scan");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ProfileLens store", "*.db"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                mirror.setText(f.getAbsolutePath());
            }
        });
        message.textProperty().bind(model.messageProperty());
        table.setItems(model.places());
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> model.progressProperty().get(),
                model.progressProperty()));
        var stage = model.stageProperty();
        planButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> stage.get() == EraseViewModel.Stage.PLANNING
                || stage.get() == EraseViewModel.Stage.RUNNING, stage));
        run.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canRun(), stage,
                model.confirmationProperty(), model.reasonProperty()));
        cancel.disableProperty().bind(stage.isNotEqualTo(EraseViewModel.Stage.RUNNING));
        stage.addListener((o, was, now) -> confirm.setPromptText(now == EraseViewModel.Stage.PLANNED
                ? "type " + model.expectedConfirmation() + " to confirm" : "UserId, typed again"));
        confirm.setPromptText("UserId, typed again");
        planButton.setOnAction(e -> model.plan());
        run.setOnAction(e -> model.run());
        cancel.setOnAction(e -> model.cancel());
    }

    /** The plan table's columns. */
    private static final class Columns {
        static List<TableColumn<ErasePlace, String>> columns() {
            return List.of(column("Type", p -> p.kind().name().toLowerCase(Locale.ROOT), 70),
                    column("Store", ErasePlace::store, 150), column("Scope", ErasePlace::scope, 70),
                    column("Key", ErasePlace::key, 150), column("Dialect", ErasePlace::dialect, 110),
                    column("Lock", p -> p.lock() == null ? "" : p.lock(), 60), column("Found by", ErasePlace::via,
                            170));
        }

        private static TableColumn<ErasePlace, String> column(String title, Function<ErasePlace, String> value,
                                                              double width) {
            TableColumn<ErasePlace, String> c = new TableColumn<>(title);
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
            c.setPrefWidth(width);
            return c;
        }
    }
}
