package dev.profilelens.app.find;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.settings.KeyTemplateSettings;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.find.FindHit;
import dev.profilelens.core.find.FindPlayer;
import dev.profilelens.core.find.FindReport;
import dev.profilelens.core.find.KeyTemplate;
import dev.profilelens.core.find.KeyTemplates;
import dev.profilelens.core.find.PlayerFinder;
import dev.profilelens.core.find.PlayerQuery;
import dev.profilelens.core.find.StoreCatalog;
import dev.profilelens.core.find.UserDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The search box's state: what was typed, the places found, a message (the count, the user behind a name, or
 * what was searched when nothing was found). Searches run on the connection's lane; a newer search discards
 * the answer of an older one. The store catalog (stores and key templates) is kept for the connection.
 */
public final class FindPlayerViewModel {
    private final ConnectionSession session;
    private final TaskExecutor tasks;
    private final Supplier<UserDirectory> directory;
    private final KeyTemplateSettings settings;
    private final List<String> settingsProblems = Collections.synchronizedList(new ArrayList<>());
    private final StringProperty templatesText = new SimpleStringProperty(this, "templatesText", "");
    private final TeamTemplates team;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<FindHit> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Type a UserId (100032) or a username (@name), then Enter");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private @Nullable String searched;
    private @Nullable FindPlayer find;
    private @Nullable StoreCatalog catalog;
    private int generation;

    /**
     * {@code templatesFile}: the key templates kept per connection ({@link KeyTemplateSettings}, the file the CLI's
     * {@code find} reads too).
     */
    public FindPlayerViewModel(ConnectionSession session, TaskExecutor tasks, Supplier<UserDirectory> directory,
                           Path templatesFile) {
        this(session, tasks, directory, templatesFile, TeamTemplates.alone());
    }

    /**
     * {@code team}: with a team database set up, its key templates are the stores' templates (ADR 0212); the ones
     * kept for this connection in {@code templatesFile} win over them, store by store.
     */
    public FindPlayerViewModel(ConnectionSession session, TaskExecutor tasks, Supplier<UserDirectory> directory,
                           Path templatesFile, TeamTemplates team) {
        this.session = session;
        this.tasks = tasks;
        this.directory = memo(directory);
        this.settings = new KeyTemplateSettings(templatesFile, session.clock(),
                settingsProblems::add);
        this.team = team;
    }

    /** {@code text} followed by what went wrong reading the settings file meanwhile (a damaged file moved aside). */
    private String withProblems(String text) {
        synchronized (settingsProblems) {
            String all = settingsProblems.isEmpty() ? text : text + " — " + String.join("; ", settingsProblems);
            settingsProblems.clear();
            return all;
        }
    }

    /** Opens the directory once and keeps it, so its cache serves the connection's later searches. */
    private static Supplier<UserDirectory> memo(Supplier<UserDirectory> open) {
        UserDirectory[] kept = new UserDirectory[1];
        return () -> {
            synchronized (kept) {
                if (kept[0] == null) {
                    kept[0] = open.get();
                }
                return kept[0];
            }
        };
    }

    //*** Properties ***//

    public StringProperty queryProperty() {
        return query;
    }

    /** The key templates as editable text, one store a line ({@code STORE=TEMPLATE, …}). */
    public StringProperty templatesTextProperty() {
        return templatesText;
    }

    public ObservableList<FindHit> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the results shown answer the text in the box (Enter then opens instead of searching). */
    public boolean resultsMatchQuery() {
        return !results.isEmpty() && query.get().strip().equals(searched);
    }

    //*** Commands ***//

    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        PlayerQuery q;
        try {
            q = PlayerQuery.parseTyped(text);
        } catch (InspectorException e) {
            results.clear();
            message.set(e.userMessage());
            return;
        }
        int mine = ++generation;
        busy.set(true);
        message.set("Searching " + session.connection().name() + "…");
        tasks.execute(BackgroundTask.of("Find player", () -> finder().findResolved(q, Set.of()))
                .onSuccess(r -> {
                    if (mine != generation) {
                        return;
                    }
                    searched = text;
                    results.setAll(r.report().hits());
                    message.set(withProblems(describe(q, r)));
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        results.clear();
                        message.set(e instanceof InspectorException ie ? ie.userMessage() : String.valueOf(e));
                    }
                })
                .onFinished(() -> busy.set(mine != generation && busy.get())), session.lane());
    }

    /** Fills the template text with every store's templates in use (saved, else detected from its keys). */
    public void loadTemplates() {
        message.set("Reading the stores' key templates…");
        tasks.execute(BackgroundTask.of("Read key templates", () -> {
            StoreCatalog catalog = catalog();
            Map<String, List<KeyTemplate>> used = new LinkedHashMap<>();
            for (String store : catalog.plainStores()) {
                used.put(store, catalog.templates(store));
            }
            return KeyTemplates.format(used);
        }).onSuccess(text -> {
            templatesText.set(text);
            message.set(withProblems("Key templates of " + session.connection().name() + ": edit them and Save "
                    + "(a store left empty is detected again)"));
        }).onFailure(this::failed), session.lane());
    }

    /**
     * Keeps the edited templates for this connection (only those that differ from detection are stored) and
     * searches with them from now on; bad text is reported naming the line, nothing saved, the text kept.
     */
    public void saveTemplates() {
        String text = templatesText.get();
        tasks.execute(BackgroundTask.of("Save key templates", () -> {
            Map<String, List<KeyTemplate>> typed = KeyTemplates.parse(text.lines().toList(), "the key templates");
            StoreCatalog catalog = catalog();
            Map<String, List<KeyTemplate>> changed = new LinkedHashMap<>(typed);
            changed.entrySet().removeIf(e -> e.getValue().equals(catalog.detected(e.getKey())));
            settings.put(session.connection().spec(), changed);
            return changed.size();
        }).onSuccess(n -> {
            find = null; // the next search uses them
            catalog = null;
            message.set(withProblems("Key templates saved for " + session.connection().name() + " (" + n
                    + " store(s) set by hand; the rest detected)"));
        }).onFailure(this::failed), session.lane());
    }

    /**
     * Shares the edited templates with the team: for each store typed, the catalog's key templates of this
     * connection's universe become the ones typed (every teammate's search then uses them); the database lets only
     * admins, and says so to the others. Bad text is refused naming its line; nothing is written then.
     */
    public void shareTemplates() {
        String text = templatesText.get();
        tasks.execute(BackgroundTask.of("Share key templates", () -> {
            if (!team.joined()) {
                throw new InvalidInputException("No team database is set up (Settings → Team): the templates can "
                        + "only be kept on this computer");
            }
            Map<String, List<KeyTemplate>> typed = KeyTemplates.parse(text.lines().toList(), "the key templates");
            return team.replaceKeyTemplates(TeamTemplates.universeOf(session.connection().spec()), typed);
        }).onSuccess(n -> {
            find = null;
            catalog = null;
            message.set("Shared " + n + " key template(s) with the team for " + session.connection().name());
        }).onFailure(this::failed), session.lane());
    }

    private void failed(Throwable e) {
        message.set(withProblems(e instanceof InspectorException ie ? ie.userMessage() : String.valueOf(e)));
    }

    private synchronized StoreCatalog catalog() {
        if (catalog == null) {
            catalog = new StoreCatalog(session.source(), team.keyTemplatesFor(session.connection().spec(), settings));
        }
        return catalog;
    }

    private FindPlayer finder() {
        if (find == null) {
            find = new FindPlayer(new PlayerFinder(session.source(), catalog(), session.clock()), directory);
        }
        return find;
    }

    private static String describe(PlayerQuery q, FindPlayer.Result r) {
        FindReport rep = r.report();
        String who = q.username() == null ? "UserId " + rep.userId()
                : r.resolved().name() + " (UserId " + rep.userId() + ")";
        if (rep.isEmpty()) {
            return rep.emptyExplanation();
        }
        return who + ": " + rep.hits().size() + (rep.hits().size() == 1 ? " place" : " places")
                + (rep.notes().isEmpty() ? "" : " — " + String.join("; ", rep.notes()));
    }
}
