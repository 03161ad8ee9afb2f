package dev.profilelens.app.connection;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The saved connections: add, edit, remove, duplicate; each change is saved at once. */
public final class ConnectionsViewModel {
    private final ConnectionStore store;
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> selected = new SimpleObjectProperty<>(this, "selected");

    public ConnectionsViewModel(ConnectionStore store) {
        this.store = store;
        connections.setAll(store.load());
    }

    /** Problems met loading the saved connections (damaged file moved aside, entries skipped). */
    public java.util.List<String> problems() {
        return store.problems();
    }

    public ObservableList<Connection> connections() {
        return connections;
    }

    public ObjectProperty<Connection> selectedProperty() {
        return selected;
    }

    public Optional<Connection> byName(String name) {
        return connections.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public void add(Connection c) {
        connections.add(c.named(uniqueName(c.name())));
        persist();
    }

    public void replace(Connection old, Connection updated) {
        int i = connections.indexOf(old);
        if (i < 0) {
            throw new IllegalArgumentException("Unknown connection " + old.name());
        }
        String name = updated.name().equals(old.name()) ? updated.name() : uniqueName(updated.name());
        connections.set(i, updated.named(name));
        persist();
    }

    public void duplicate(Connection c) {
        add(c.named(c.name() + " copy"));
    }

    /** Removes a connection; the sandbox stays (it is the app's home). */
    public boolean remove(Connection c) {
        if (c.spec().equals("sandbox") && connections.stream().filter(x -> x.spec().equals("sandbox")).count() == 1) {
            return false;
        }
        boolean removed = connections.remove(c);
        persist();
        return removed;
    }

    private String uniqueName(String base) {
        String name = base;
        for (int n = 2; byName(name).isPresent(); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    private void persist() {
        store.save(List.copyOf(connections));
    }
}
