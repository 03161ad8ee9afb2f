package dev.profilelens.app.connection;

import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.CurrentThreadTaskExecutor;
import dev.profilelens.app.task.TaskExecutor;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connections: this person's saved ones (add, edit, remove, duplicate; each change is saved at once) and, when
 * a team database is joined, the team's shared ones after them (issue #23 item 4). Team connections are changed in
 * the team database only (admins), never saved to this person's file.
 */
public final class ConnectionsViewModel {
    private final ConnectionStore store;
    private final SharedConnections shared;
    private final TaskExecutor tasks;
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final Set<Connection> team = new HashSet<>();
    private final Set<Connection> thisRun = new HashSet<>();
    private final ObjectProperty<Connection> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper teamStatus = new ReadOnlyStringWrapper(this, "teamStatus", "");

    public ConnectionsViewModel(ConnectionStore store) {
        this(store, SharedConnections.NONE, new CurrentThreadTaskExecutor());
    }

    public ConnectionsViewModel(ConnectionStore store, SharedConnections shared, TaskExecutor tasks) {
        this.store = store;
        this.shared = shared;
        this.tasks = tasks;
        connections.setAll(store.load());
    }

    /** Problems met loading the saved connections (damaged file moved aside, entries skipped). */
    public List<String> problems() {
        return store.problems();
    }

    public ObservableList<Connection> connections() {
        return connections;
    }

    public ObjectProperty<Connection> selectedProperty() {
        return selected;
    }

    /** What the team part of the list says: how many shared connections, or why there are none. */
    public ReadOnlyStringProperty teamStatusProperty() {
        return teamStatus.getReadOnlyProperty();
    }

    public Optional<Connection> byName(String name) {
        return connections.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Lists a connection given on the command line ({@code --source}) first, for this run only: shown, selected when
     * open, never saved and never remembered as the one to reopen. Duplicate saves a copy of it.
     */
    public void addForThisRun(Connection c) {
        if (thisRun.add(c)) {
            connections.add(0, c);
        }
    }

    /** True for a connection listed by {@link #addForThisRun} (and not removed since). */
    public boolean isThisRunOnly(Connection c) {
        return thisRun.contains(c);
    }

    /** True for a connection the team shares (read from the team database). */
    public boolean isTeam(Connection c) {
        return team.contains(c);
    }

    /** True when {@code c} may be offered for sharing: a team is joined and it is this person's Open Cloud one. */
    public boolean canShare(Connection c) {
        return shared.joined() && !isTeam(c) && SharedConnections.shareable(c);
    }

    /** Reads the team's connections again (in the background) and lists them after this person's own. */
    public void refreshTeam() {
        if (!shared.joined()) {
            showTeam(List.of());
            teamStatus.set("");
            return;
        }
        teamStatus.set("Reading the team's connections…");
        tasks.execute(BackgroundTask.of("Team connections", shared::load)
                .onSuccess(list -> {
                    showTeam(list);
                    teamStatus.set(list.size() + (list.size() == 1 ? " team connection" : " team connections"));
                })
                .onFailure(e -> teamStatus.set("Team connections unavailable: " + e.getMessage())));
    }

    /** Shares this person's connection with the team (admins only), then reads the team's list again. */
    public void share(Connection c) {
        tasks.execute(BackgroundTask.of("Share connection", () -> {
            shared.share(c);
            return Boolean.TRUE;
        }).onSuccess(ok -> refreshTeam()).onFailure(e -> teamStatus.set("Not shared: " + e.getMessage())));
    }

    public void add(Connection c) {
        connections.add(ownCount(), c.named(uniqueName(c.name())));
        persist();
    }

    /** Changes a connection; a team connection is changed in the team database (admins only). */
    public void replace(Connection old, Connection updated) {
        int i = connections.indexOf(old);
        if (i < 0) {
            throw new IllegalArgumentException("Unknown connection " + old.name());
        }
        if (isTeam(old)) {
            tasks.execute(BackgroundTask.of("Change team connection", () -> {
                if (!updated.name().equals(old.name())) {
                    shared.unshare(old.name());
                }
                shared.share(updated);
                return Boolean.TRUE;
            }).onSuccess(ok -> refreshTeam()).onFailure(e -> teamStatus.set("Not changed: " + e.getMessage())));
            return;
        }
        String name = updated.name().equals(old.name()) ? updated.name() : uniqueName(updated.name());
        connections.set(i, updated.named(name));
        if (thisRun.remove(old)) {
            thisRun.add(connections.get(i));
        }
        persist();
    }

    public void duplicate(Connection c) {
        add(c.named(c.name() + " copy"));
    }

    /**
     * Removes a connection; the sandbox stays (it is the app's home). A team connection is removed from the team
     * database (admins only) and the list is read again.
     */
    public boolean remove(Connection c) {
        if (isTeam(c)) {
            tasks.execute(BackgroundTask.of("Remove team connection", () -> {
                shared.unshare(c.name());
                return Boolean.TRUE;
            }).onSuccess(ok -> refreshTeam()).onFailure(e -> teamStatus.set("Not removed: " + e.getMessage())));
            return true;
        }
        if (c.isSandbox() && connections.stream().filter(Connection::isSandbox).count() == 1) {
            return false;
        }
        thisRun.remove(c);
        boolean removed = connections.remove(c);
        persist();
        return removed;
    }

    private void showTeam(List<Connection> list) {
        connections.removeAll(team);
        team.clear();
        for (Connection c : list) {
            Connection shown = byName(c.name()).isPresent() ? c.named(c.name() + " (team)") : c;
            team.add(shown);
            connections.add(shown);
        }
    }

    private int ownCount() {
        return (int) connections.stream().filter(c -> !isTeam(c)).count();
    }

    private String uniqueName(String base) {
        String name = base;
        for (int n = 2; byName(name).isPresent(); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    private void persist() {
        store.save(connections.stream().filter(c -> !isTeam(c) && !thisRun.contains(c)).toList());
    }
}
