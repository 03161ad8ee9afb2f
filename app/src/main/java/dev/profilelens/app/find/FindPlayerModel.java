package dev.profilelens.app.find;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.find.FindHit;
import dev.profilelens.core.find.FindPlayer;
import dev.profilelens.core.find.FindReport;
import dev.profilelens.core.find.PlayerFinder;
import dev.profilelens.core.find.PlayerQuery;
import dev.profilelens.core.find.StoreCatalog;
import dev.profilelens.core.find.UserDirectory;
import java.time.Clock;
import java.util.Optional;
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
public final class FindPlayerModel {
    private final ConnectionSession session;
    private final TaskExecutor tasks;
    private final Supplier<UserDirectory> directory;
    private final TeamTemplates team;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<FindHit> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Type a UserId (100032) or a username (@name), then Enter");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private @Nullable String searched;
    private @Nullable FindPlayer find;
    private int generation;

    public FindPlayerModel(ConnectionSession session, TaskExecutor tasks, Supplier<UserDirectory> directory) {
        this(session, tasks, directory, new TeamTemplates(Optional::empty));
    }

    /** {@code team}: with a team database set up, its key templates are the stores' templates (ADR 0212). */
    public FindPlayerModel(ConnectionSession session, TaskExecutor tasks, Supplier<UserDirectory> directory,
                           TeamTemplates team) {
        this.session = session;
        this.tasks = tasks;
        this.directory = memo(directory);
        this.team = team;
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
                    message.set(describe(q, r));
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        results.clear();
                        message.set(e instanceof InspectorException ie ? ie.userMessage() : String.valueOf(e));
                    }
                })
                .onFinished(() -> busy.set(mine != generation && busy.get())), session.lane());
    }

    private FindPlayer finder() {
        if (find == null) {
            var source = session.source();
            var keys = team.keyTemplates(TeamTemplates.universeOf(session.connection().spec()));
            find = new FindPlayer(new PlayerFinder(source, new StoreCatalog(source, keys), Clock.systemUTC()),
                    directory);
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
