package dev.profilelens.app.shell;

import dev.profilelens.app.composer.ComposerView;
import dev.profilelens.app.composer.ComposerViewModel;
import dev.profilelens.app.composer.DeliveryViewModel;
import dev.profilelens.app.connection.ConnectionFrame;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.editor.EditTarget;
import dev.profilelens.app.editor.EditorDocument;
import dev.profilelens.app.editor.EditorView;
import dev.profilelens.app.editor.EditorViewModel;
import dev.profilelens.app.editor.PendingTray;
import dev.profilelens.app.profile.ProfileSnapshot;
import dev.profilelens.app.profile.ProfileViewModel;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.versions.VersionsView;
import dev.profilelens.app.versions.VersionsViewModel;
import dev.profilelens.core.edit.intent.Intent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/** Opens editor tabs next to the profile tabs; one editor per connection and key. */
final class Editors {
    private final TabPane tabs;
    private final AppContext context;
    private final DialogService dialogs;
    /** The title of the background task that opens an editor, followed by the key. */
    static final String OPENING = "Opening the editor of ";
    private final PendingTray tray = new PendingTray();
    private final Map<String, Opening> opening = new HashMap<>();

    Editors(TabPane tabs, AppContext context, DialogService dialogs) {
        this.tabs = tabs;
        this.context = context;
        this.dialogs = dialogs;
    }

    void open(ConnectionSession session, ProfileSnapshot s, ProfileViewModel profile) {
        withEditor(session, s, profile, true, model -> { });
    }

    /**
     * An in-place edit of the Data tree or the MetaTags table: it joins the key's editor (opened in the background
     * when there is none) as an explicit intent, so it shows in the pending changes. When the editor's explicit
     * edit is spent (saved or discarded) the profile is read again, so the tree shows what is stored.
     */
    void addIntent(ConnectionSession session, ProfileSnapshot s, ProfileViewModel profile,
                   Intent intent) {
        withEditor(session, s, profile, false, model -> {
            if (!model.dirty()) {
                // an editor left open with nothing pending starts from the read the edit was made on
                if (s.reading().root() != null && s.entry() != null) {
                    model.follow(s.reading().root(), s.entry().version());
                }
                refreshWhenSpent(model, profile);
            }
            model.addIntent(intent);
        });
    }

    private static void refreshWhenSpent(EditorViewModel model, ProfileViewModel profile) {
        model.dirtyProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean dirty) {
                if (!dirty) {
                    model.dirtyProperty().removeListener(this);
                    profile.refresh();
                }
            }
        });
    }

    /**
     * Hands the key's editor to {@code then}: at once when its tab is open, else once it is opened. Opening copies
     * the value and formats its text in the background (a 4 MB value takes a while; the window stays responsive);
     * what asks for the editor meanwhile waits in line, in order.
     */
    private void withEditor(ConnectionSession session, ProfileSnapshot s, ProfileViewModel profile, boolean select,
                            Consumer<EditorViewModel> then) {
        String id = "edit:" + session.connection().name() + "/" + s.ref();
        Optional<Tab> existing = tabs.getTabs().stream().filter(t -> id.equals(t.getUserData())).findFirst();
        if (existing.isPresent()) {
            if (select) {
                tabs.getSelectionModel().select(existing.get());
            }
            then.accept(((EditorView) existing.get().getContent()).model());
            return;
        }
        Opening waiting = opening.get(id);
        if (waiting != null) {
            waiting.then.add(then);
            waiting.select |= select;
            return;
        }
        Opening o = new Opening();
        o.then.add(then);
        o.select = select;
        opening.put(id, o);
        var root = s.reading().root();
        context.tasks().execute(BackgroundTask.of(OPENING + s.ref(), () -> Ready.of(EditorViewModel.prepare(
                new EditTarget(session, s.ref(), root == null ? null : root.deepCopy(), s.entry() == null ? null
                : s.entry().version(), s.reading().kind(), s.lock()))))
                .onSuccess(ready -> {
                    opening.remove(id);
                    EditorViewModel model = tab(id, session, s, profile, ready, o.select);
                    o.then.forEach(c -> c.accept(model));
                })
                .onFailure(e -> {
                    opening.remove(id);
                    dialogs.showError("Could not open the editor of " + s.ref(), e);
                }));
    }

    /** An editor's model and its text laid out for the editor, both made in the background. */
    private record Ready(EditorViewModel.Prepared prepared, EditorDocument document) {
        static Ready of(EditorViewModel.Prepared p) {
            return new Ready(p, EditorDocument.of(p.text()));
        }
    }

    /** Keys whose editor is being opened, with what waits for it. */
    private static final class Opening {
        final List<Consumer<EditorViewModel>> then = new ArrayList<>();
        boolean select;
    }

    private EditorViewModel tab(String id, ConnectionSession session, ProfileSnapshot s, ProfileViewModel profile,
                            Ready ready, boolean select) {
        EditorViewModel model = new EditorViewModel(ready.prepared(), context.tasks(), context.saver());
        EditorView view = new EditorView(model, ready.document(), dialogs, context.tasks(),
                outcome -> profile.refresh());
        view.setOnDeliver(reason -> deliver(session, s, model, profile, reason));
        String title = "✎ " + ConnectionFrame.title(session.connection(), s.ref());
        Tab tab = new Tab(title, view);
        tab.textProperty().bind(Bindings.when(model.dirtyProperty()).then("● " + title)
                .otherwise(title));
        tab.setUserData(id);
        tray.add(view);
        tab.setOnClosed(e -> tray.remove(view));
        tab.setTooltip(new Tooltip("Editing " + s.ref() + " on " + session.connection().name()));
        ConnectionFrame.decorate(tab, session.connection());
        tabs.getTabs().add(tab);
        if (select) {
            tabs.getSelectionModel().select(tab);
        }
        return model;
    }

    /** Opens (or shows) the versions tab of a key. */
    void openVersions(ConnectionSession session, ProfileSnapshot s, ProfileViewModel profile) {
        String id = "versions:" + session.connection().name() + "/" + s.ref();
        Optional<Tab> existing = tabs.getTabs().stream().filter(t -> id.equals(t.getUserData())).findFirst();
        if (existing.isPresent()) {
            tabs.getSelectionModel().select(existing.get());
            return;
        }
        var model = new VersionsViewModel(session, s.ref(), context.tasks(), dialogs,
                context.saver());
        Tab tab = new Tab("Versions · " + ConnectionFrame.title(session.connection(), s.ref()),
                new VersionsView(model, dialogs));
        tab.setUserData(id);
        tab.setTooltip(new Tooltip("Versions of " + s.ref() + " on " + session.connection().name()));
        ConnectionFrame.decorate(tab, session.connection());
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        model.load();
    }

    /** The composer pre-filled from the editor's intents; the delivery's state shows in the editor too. */
    private void deliver(ConnectionSession session, ProfileSnapshot s, EditorViewModel model,
            ProfileViewModel profile, String reason) {
        var pending = model.analysisProperty().get().pending();
        if (pending.isEmpty()) {
            dialogs.showInfo("Nothing to deliver", "Make the edit first; its changes become the updates.");
            return;
        }
        var delivery = new DeliveryViewModel(session, s.ref(), pending, context.tasks(),
                context.saver(), context.deliveryTemplates(), new DeliveryViewModel
                .Listener() {
                    @Override
                    public void status(String text) {
                        model.deliveryStatus(text);
                    }

                    @Override
                    public void sent(String text) {
                        model.delivered(text);
                        profile.refresh(); // the Global updates pane shows them waiting
                    }

                    @Override
                    public void taken(String text) {
                        model.deliveryStatus(text);
                        profile.refresh();
                    }
                });
        delivery.givenReason(reason);
        openComposer(session, s).deliver(delivery);
    }

    /** Opens (or shows) the mailbox composer of a key. */
    ComposerView openComposer(ConnectionSession session, ProfileSnapshot s) {
        String id = "mailbox:" + session.connection().name() + "/" + s.ref();
        Optional<Tab> existing = tabs.getTabs().stream().filter(t -> id.equals(t.getUserData())).findFirst();
        if (existing.isPresent()) {
            tabs.getSelectionModel().select(existing.get());
            return (ComposerView) existing.get().getContent();
        }
        var model = new ComposerViewModel(session, s.ref(), context.tasks(), dialogs,
                context.saver());
        var view = new ComposerView(model, dialogs, context.tasks(), context.templates(),
                s.ref().store());
        Tab tab = new Tab("Mailbox · " + ConnectionFrame.title(session.connection(), s.ref()), view);
        tab.setUserData(id);
        tab.setOnClosed(e -> {
            model.close();
            view.close();
        });
        ConnectionFrame.decorate(tab, session.connection());
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        model.refresh();
        return view;
    }

    /** The window's pending changes tray. */
    PendingTray tray() {
        return tray;
    }

    /** The editor in the selected tab, if any. */
    Optional<EditorView> current() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t != null && t.getContent() instanceof EditorView v ? Optional.of(v) : Optional.empty();
    }
}
