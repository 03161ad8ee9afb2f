package dev.profilelens.app.profile;

import dev.profilelens.app.raw.RawPane;
import dev.profilelens.app.widgets.Badges;
import dev.profilelens.app.widgets.DelayedBusy;
import dev.profilelens.app.widgets.Icons;
import dev.profilelens.app.widgets.LazyTooltip;
import dev.profilelens.app.widgets.StatusBadge;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;

/** One profile: a header with badges, an explanation for odd values, and the panes in tabs. */
public final class ProfileView extends BorderPane {
    private final ProfileViewModel model;
    private final TabPane panes = new TabPane();
    private final Label title = new Label();
    private final HBox badges = new HBox(6);
    private final Label readAt = new Label();
    private final Label explanation = new Label();
    private final Button refresh = new Button("Refresh");
    private final Button edit = new Button("Edit…");
    private Consumer<ProfileSnapshot> onEdit = s -> { };
    private Consumer<ProfileSnapshot> onWatch = s -> { };
    private final Button watch = new Button("Watch");
    private final Button versions = new Button("Versions");
    private final Button mailbox = new Button("Mailbox");
    private Consumer<ProfileSnapshot> onMailbox = s -> { };
    private Consumer<ProfileSnapshot> onVersions = s -> { };
    private java.util.function.@Nullable BiConsumer<ProfileSnapshot,
            Intent> onIntent;
    private @Nullable RawPane raw;
    private @Nullable DataTreePane data;
    private final Map<String, Tab> tabsByRole = new HashMap<>();

    public ProfileView(ProfileViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        title.setText(model.ref().key());
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        readAt.getStyleClass().add("muted");
        LazyTooltip.install(refresh, "Read the key again (F5)");
        Icons.on(refresh, Feather.REFRESH_CW);
        Icons.on(edit, Feather.EDIT);
        Icons.on(watch, Feather.EYE);
        Icons.on(versions, Feather.CLOCK);
        Icons.on(mailbox, Feather.MAIL);
        refresh.setOnAction(e -> model.refresh());
        DelayedBusy busy = DelayedBusy.following(model.loadingProperty(), 18);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        edit.setId("profile-edit");
        LazyTooltip.install(edit, "Edit this profile's Data (Ctrl+E); saves go through the lock-safe pipeline");
        edit.setOnAction(e -> editCurrent());
        boolean writable = model.session().connection().writable();
        edit.disableProperty().bind(model.snapshotProperty().isNull().or(
                Bindings.createBooleanBinding(() -> !writable)));
        watch.setId("profile-watch");
        LazyTooltip.install(watch, "Follow this key's lock in the lock watch panel");
        watch.setOnAction(e -> {
            ProfileSnapshot s = model.snapshotProperty().get();
            if (s != null) {
                onWatch.accept(s);
            }
        });
        watch.disableProperty().bind(model.snapshotProperty().isNull());
        versions.setId("profile-versions");
        LazyTooltip.install(versions, "List, compare and restore the versions of this key");
        versions.setOnAction(e -> {
            ProfileSnapshot s = model.snapshotProperty().get();
            if (s != null) {
                onVersions.accept(s);
            }
        });
        versions.disableProperty().bind(model.snapshotProperty().isNull());
        mailbox.setId("profile-mailbox");
        LazyTooltip.install(mailbox, "Queue global updates / messages (gifts) the game applies while it runs");
        mailbox.setOnAction(e -> {
            ProfileSnapshot s = model.snapshotProperty().get();
            if (s != null) {
                onMailbox.accept(s);
            }
        });
        mailbox.disableProperty().bind(model.snapshotProperty().isNull().or(
                Bindings.createBooleanBinding(() -> !writable)));
        HBox header = new HBox(10, title, badges, grow, readAt, busy, mailbox, versions, watch, edit, refresh);
        header.setStyle("-fx-padding: 8 10 8 10; -fx-alignment: center-left;");
        // When the tab is narrow, the "read at" line gives way (ellipsis); title, badges and buttons keep their size.
        for (Node n : header.getChildren()) {
            if (n instanceof Region r && n != readAt && n != grow) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        readAt.setMinWidth(0);
        explanation.setId("kind-explanation");
        explanation.setWrapText(true);
        explanation.setMaxWidth(Double.MAX_VALUE);
        explanation.getStyleClass().add("explain");
        explanation.setManaged(false);
        explanation.setVisible(false);
        setTop(new VBox(header, explanation));
        panes.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panes.setId("profile-panes");
        setCenter(panes);
        if (model.snapshotProperty().get() == null) {
            showLoading();
        }
    }

    /**
     * Before the first read: the tabs a profile has, saying the key is being read. The Data tree and Raw view are made
     * now, so they are built and styled while the value is read and decoded (ADR 0261), and the read fills them (the
     * Data tree when its kind, editable or not, is the one the value needs).
     */
    private void showLoading() {
        LoadingPanes loading = new LoadingPanes(model.loadingProperty(), model.snapshotProperty());
        DataTreePane d = new DataTreePane("Data", model.session().connection().writable());
        d.waiting(loading.label());
        data = d;
        RawPane r = new RawPane();
        r.waiting(loading.note());
        raw = r;
        panes.getTabs().setAll(tab("Data", "Data", d),
                tab("MetaTags", "MetaTags", loading.note()), tab("Updates", "Global updates", loading.note()),
                tab("Session", "Session", loading.note()), tab("Key info", "Key info", loading.note()),
                tab("Raw", "Raw", r));
    }

    private void initListeners() {
        model.snapshotProperty().addListener((obs, old, s) -> {
            if (s != null) {
                show(s);
            }
        });
        // a value that could not be decoded is shown as stored in the Raw pane, where the error's line and column are
        model.unreadableProperty().addListener((obs, old, text) -> {
            RawPane r = raw;
            if (text != null && r != null && model.snapshotProperty().get() == null) {
                r.show(text.content());
            }
        });
    }

    private void show(ProfileSnapshot s) {
        badges.getChildren().setAll(StatusBadge.format(Badges.format(s.reading())));
        String lock = Badges.lock(s.reading(), s.lock());
        if (lock != null) {
            Label l = StatusBadge.lock(lock);
            l.setId("profile-lock-badge");
            badges.getChildren().add(l);
        }
        readAt.setText("read " + Times.local(s.readAt()) + " · " + model.session().connection().name());
        String why = Explanations.of(s.reading());
        explanation.setText(why == null ? "" : why);
        explanation.setVisible(why != null);
        explanation.setManaged(why != null);
        explanation.getStyleClass().remove("explain-danger");
        if (s.reading().kind() == Kind.CORRUPT || s.reading().kind() == Kind.UNKNOWN) {
            explanation.getStyleClass().add("explain-danger");
        }
        int selected = Math.max(0, panes.getSelectionModel().getSelectedIndex());
        List<Tab> tabs = new ArrayList<>();
        if (s.reading().data() != null) {
            IntentSink sink = sink(s);
            DataTreePane d = data != null && data.editable() == (sink != null) ? data
                    : new DataTreePane("Data", sink != null);
            data = d;
            d.show(s.reading().root(), s.reading().data(), sink);
            tabs.add(tab("Data", "Data", d));
        }
        if (s.reading().kind() == Kind.PROFILE) {
            tabs.add(tab("MetaTags", "MetaTags", MetaTagsPane.of(s, sink(s))));
        }
        tabs.add(tab("Updates", s.reading().dialect() == Dialect.PROFILESTORE ? "Messages" : "Global updates",
                UpdatesPane.of(s)));
        tabs.add(tab("Session", "Session", SessionPane.of(s)));
        tabs.add(tab("Key info", "Key info", KeyInfoPane.of(s)));
        RawPane r = raw == null ? new RawPane() : raw;
        raw = r;
        r.show(s.raw().content());
        tabs.add(tab("Raw", "Raw", r));
        // the same tabs are kept while the key is read again: their panes are not moved, so not styled again
        if (!panes.getTabs().equals(tabs)) {
            panes.getTabs().setAll(tabs);
        }
        panes.getSelectionModel().select(Math.min(selected, panes.getTabs().size() - 1));
        panes.requestLayout();
    }

    /** The tab for {@code role}, made the first time, titled {@code title} and showing {@code content}. */
    private Tab tab(String role, String title, Node content) {
        Tab t = tabsByRole.computeIfAbsent(role, k -> new Tab());
        t.setText(title);
        if (t.getContent() != content) {
            t.setContent(content);
        }
        return t;
    }

    /** Where in-place edits of this snapshot go; null (read-only panes) unless it is a writable profile. */
    private @Nullable IntentSink sink(ProfileSnapshot s) {
        var handler = onIntent;
        boolean profile = s.reading().kind() == Kind.PROFILE && s.reading().root() != null
                && s.reading().root().get("Data") == s.reading().data();
        return handler == null || !profile || !model.session().connection().writable() ? null
                : intent -> handler.accept(s, intent);
    }

    /** What an in-place edit in the Data tree or MetaTags table does (the main window adds it to the key's editor). */
    public void setOnIntent(BiConsumer<ProfileSnapshot, Intent>
                                    handler) {
        onIntent = handler;
    }

    public ProfileViewModel model() {
        return model;
    }

    /** Shows the Raw tab and focuses its find field. */
    public void find() {
        panes.getTabs().stream().filter(t -> t.getText().equals("Raw")).findFirst().ifPresent(t -> {
            panes.getSelectionModel().select(t);
            RawPane r = raw;
            if (r != null) {
                r.focusFind();
            }
        });
    }

    /** True once the snapshot is shown and the Raw text (prepared in the background) is in place. */
    public boolean fullyShown() {
        RawPane r = raw;
        return model.snapshotProperty().get() != null && r != null && r.readyProperty().get();
    }

    /** What Mailbox does (the main window opens the composer). */
    public void setOnMailbox(Consumer<ProfileSnapshot> handler) {
        onMailbox = handler;
    }

    /** What Versions does (the main window opens the versions tab). */
    public void setOnVersions(Consumer<ProfileSnapshot> handler) {
        onVersions = handler;
    }

    /** What Watch does (the main window adds the key to its connection's lock watch). */
    public void setOnWatch(Consumer<ProfileSnapshot> handler) {
        onWatch = handler;
    }

    /** What Edit does (the main window opens an editor tab). */
    public void setOnEdit(Consumer<ProfileSnapshot> handler) {
        onEdit = handler;
    }

    /** Opens an editor on the profile as last read (Ctrl+E); nothing on a read-only connection. */
    public void editCurrent() {
        ProfileSnapshot s = model.snapshotProperty().get();
        if (s != null && model.session().connection().writable()) {
            onEdit.accept(s);
        }
    }

    /** The tabs of the panes (Data, MetaTags, ..., Raw), for measurements and tests. */
    public TabPane panes() {
        return panes;
    }

    public void selectPane(String name) {
        panes.getTabs().stream().filter(t -> t.getText().equals(name)).findFirst()
                .ifPresent(t -> panes.getSelectionModel().select(t));
    }
}
