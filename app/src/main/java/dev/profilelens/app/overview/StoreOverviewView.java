package dev.profilelens.app.overview;

import dev.profilelens.app.widgets.Controls;
import dev.profilelens.app.widgets.Icons;
import dev.profilelens.app.widgets.Plurals;
import dev.profilelens.app.widgets.Sizes;
import dev.profilelens.core.overview.KeySize;
import dev.profilelens.core.overview.StorageLimit;
import dev.profilelens.core.overview.StoreSurvey;
import dev.profilelens.core.store.EntryRef;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;

/** A store's overview: key count, format mix, lock states, sizes, the biggest keys and storage against the limit. */
public final class StoreOverviewView extends ScrollPane {
    private final StoreOverviewViewModel model;
    private final Consumer<EntryRef> open;
    private final Label title = new Label();
    private final Label progress = new Label();
    private final Button scan = Icons.on(new Button("Scan"), Feather.REFRESH_CW);
    private final Button stop = new Button("Stop");
    private final FlowPane cards = new FlowPane(12, 12);
    private final VBox biggest = new VBox(2);
    private final TextField users = new TextField();
    private final StorageCard storage = new StorageCard();

    public StoreOverviewView(StoreOverviewViewModel model, Consumer<EntryRef> open) {
        this.model = model;
        this.open = open;
        createView();
        initListeners();
    }

    private void createView() {
        setId("store-overview");
        setFitToWidth(true);
        title.getStyleClass().add("overview-title");
        title.setId("overview-title");
        progress.setId("overview-progress");
        progress.getStyleClass().add("muted");
        progress.setWrapText(true);
        Controls.shownWhenSet(progress);
        scan.setId("overview-scan");
        stop.setId("overview-stop");
        users.setId("overview-users");
        users.setPrefColumnCount(9);
        Label hint = new Label("Double-click a key to open its profile.");
        hint.getStyleClass().add("muted");
        HBox head = new HBox(10, title, scan, stop);
        head.setAlignment(Pos.CENTER_LEFT);
        biggest.setId("overview-biggest");
        VBox body = new VBox(12, head, hint, progress, cards, storage.node(users), section("Biggest profiles"),
                biggest);
        body.getStyleClass().add("overview");
        setContent(body);
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().add("section-title");
        return l;
    }

    private void initListeners() {
        title.textProperty().bind(model.storeProperty());
        progress.textProperty().bind(model.progressProperty());
        scan.setOnAction(e -> model.scan());
        scan.disableProperty().bind(model.runningProperty());
        stop.setOnAction(e -> model.cancel());
        stop.visibleProperty().bind(model.runningProperty());
        stop.managedProperty().bind(model.runningProperty());
        model.surveyProperty().addListener((o, a, s) -> show(s));
        model.lifetimeUsersProperty().addListener((o, a, n) -> {
            users.setText(n.longValue() < 0 ? "" : Long.toString(n.longValue()));
            storage.show(model.surveyProperty().get(), n.longValue());
        });
        users.setOnAction(e -> applyUsers());
        users.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                applyUsers();
            }
        });
        show(model.surveyProperty().get());
    }

    private void applyUsers() {
        try {
            long n = Long.parseLong(users.getText().strip().replace(",", ""));
            if (n >= 0) {
                model.lifetimeUsersProperty().set(n);
                users.getStyleClass().remove("error-text");
                return;
            }
        } catch (NumberFormatException ignored) {
            // shown below
        }
        if (!users.getStyleClass().contains("error-text")) {
            users.getStyleClass().add("error-text");
        }
    }

    private void show(StoreSurvey s) {
        scan.setText(s == null ? "Scan" : "Scan again");
        if (s == null) {
            cards.getChildren().clear();
            biggest.getChildren().clear();
            storage.show(null, model.lifetimeUsersProperty().get());
            return;
        }
        cards.getChildren().setAll(
                card("Keys", Plurals.of(s.keys(), "key"), s.complete() ? "every scope" : "stopped early",
                        "overview-keys"),
                card("Size", Sizes.bytes(s.totalBytes()), "mean " + Sizes.bytes(s.meanBytes()) + " a key",
                        "overview-size"),
                card("Formats", lines(s.formats()), "", "overview-formats"),
                card("Locks", lines(s.locks()), "from each profile's session", "overview-locks"));
        biggest.getChildren().clear();
        for (KeySize k : s.biggest()) {
            Hyperlink link = new Hyperlink(k.ref().key() + (k.ref().scope().equals("global") ? ""
                    : "  [" + k.ref().scope() + "]"));
            link.setOnAction(e -> open.accept(k.ref()));
            Label size = new Label(Sizes.bytes(k.bytes()));
            size.getStyleClass().add("muted");
            biggest.getChildren().add(new HBox(8, link, size));
        }
        storage.show(s, model.lifetimeUsersProperty().get());
    }

    private static String lines(Map<String, Long> counts) {
        StringBuilder b = new StringBuilder();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> b.append(b.isEmpty() ? "" : "\n").append(e.getKey()).append(": ")
                        .append(String.format(Locale.ROOT, "%,d", e.getValue())));
        return b.isEmpty() ? "none" : b.toString();
    }

    private static VBox card(String name, String figure, String note, String id) {
        Label n = section(name);
        Label f = new Label(figure);
        f.getStyleClass().add(figure.contains("\n") || figure.contains(":") ? "overview-lines" : "overview-figure");
        f.setId(id);
        VBox box = new VBox(n, f);
        if (!note.isEmpty()) {
            Label m = new Label(note);
            m.getStyleClass().add("muted");
            box.getChildren().add(m);
        }
        box.getStyleClass().add("overview-card");
        box.setMinWidth(160);
        return box;
    }

    /** Storage used against Roblox's limit for the given lifetime users. */
    private static final class StorageCard {
        private final ProgressBar bar = new ProgressBar(0);
        private final Label figure = new Label();
        private final Label note = new Label();

        VBox node(TextField users) {
            bar.getStyleClass().add("usage-bar");
            bar.setMaxWidth(Double.MAX_VALUE);
            figure.setId("overview-storage");
            figure.setWrapText(true);
            note.setId("overview-over");
            note.setWrapText(true);
            GridPane row = new GridPane();
            row.setHgap(8);
            row.addRow(0, new Label("Lifetime users"), users);
            VBox box = new VBox(6, section("Storage against Roblox's limit"), figure, bar, note, row);
            box.getStyleClass().add("overview-card");
            return box;
        }

        void show(@Nullable StoreSurvey s, long lifetimeUsers) {
            if (s == null || lifetimeUsers < 0) {
                bar.setProgress(0);
                figure.setText("—");
                note.setText("");
                return;
            }
            long limit = StorageLimit.limitBytes(lifetimeUsers);
            double share = StorageLimit.share(s.totalBytes(), lifetimeUsers);
            bar.setProgress(Math.min(1, share));
            figure.setText(Sizes.bytes(s.totalBytes()) + " of " + Sizes.bytes(limit) + String.format(
                    Locale.ROOT, " (%.1f %%)", share * 100) + " — limit 500 MB + 1 MB × "
                    + Plurals.of(lifetimeUsers, "lifetime user") + "; this store only, uncompressed (Roblox counts "
                    + "compressed values of every store)");
            long over = StorageLimit.overBytes(s.totalBytes(), lifetimeUsers);
            bar.getStyleClass().remove("over");
            note.getStyleClass().remove("overview-over");
            if (over > 0) {
                bar.getStyleClass().add("over");
                note.getStyleClass().add("overview-over");
                note.setText("Over the limit by " + Sizes.bytes(over) + ": the Data Stores Manager shows "
                        + "Est. Monthly Costs for storage above the limit.");
            } else {
                note.setText(Sizes.bytes(limit - s.totalBytes()) + " left before storage is billed.");
            }
        }
    }
}
