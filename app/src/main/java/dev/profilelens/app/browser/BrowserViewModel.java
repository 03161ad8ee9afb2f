package dev.profilelens.app.browser;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.widgets.KeyRow;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * Data stores → scopes → keys of one connection. Keys are fetched a page at a time (never a whole store) on the
 * connection's lane; a newer search discards the answers of an older one.
 */
public final class BrowserViewModel {
    static final int PAGE = 200;
    private final ConnectionSession session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<String> stores = FXCollections.observableArrayList();
    private final ObservableList<KeyRow> keys = FXCollections.observableArrayList();
    private final StringProperty store = new SimpleStringProperty(this, "store");
    private final StringProperty scope = new SimpleStringProperty(this, "scope", "global");
    private final StringProperty prefix = new SimpleStringProperty(this, "prefix", "");
    private final BooleanProperty allScopes = new SimpleBooleanProperty(this, "allScopes", false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper(this, "empty", "");
    private java.util.function.@Nullable Consumer<KeyRow> openExact;
    private @Nullable String cursor;
    private int generation;

    public BrowserViewModel(ConnectionSession session, TaskExecutor tasks, DialogService dialogs) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    //*** Properties ***//

    public ObservableList<String> stores() {
        return stores;
    }

    public ObservableList<KeyRow> keys() {
        return keys;
    }

    public StringProperty storeProperty() {
        return store;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public BooleanProperty allScopesProperty() {
        return allScopes;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** When a search found nothing: what was searched and where; empty otherwise. */
    public ReadOnlyStringProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    //*** Commands ***//

    /**
     * Lists the data stores and opens the first one (PlayerData when there is one). That store's first page of keys
     * is read in the same lane task as the names, so it does not wait for a turn of the FX thread between the two
     * reads: on a cold start that thread is busy styling and painting the new window (ADR 0267).
     */
    public void loadStores() {
        boolean opening = store.get() == null;
        String sc = searchedScope();
        tasks.execute(BackgroundTask.of("List data stores", () -> {
            List<String> names = new ArrayList<>();
            String c = null;
            do {
                Page<DataStoreInfo> page = session.source().listDataStores("", c, 100);
                page.items().forEach(i -> names.add(i.name()));
                c = page.nextCursor();
            } while (c != null && names.size() < 10_000);
            String first = opening ? firstStore(names) : null;
            return new Listed(names, first == null ? null : firstPage(first, sc));
        }).onSuccess(listed -> {
            stores.setAll(listed.names());
            String first = firstStore(listed.names());
            if (store.get() == null && first != null) {
                openStore(first, Objects.equals(sc, searchedScope()) ? listed.page() : null);
            }
        }).onFailure(e -> dialogs.showError("Could not list the data stores of " + session.connection().name(), e)),
                session.lane());
    }

    /** The names and the first page of the store to open first (null when not read, or when reading it failed). */
    private record Listed(List<String> names, @Nullable Page<EntryRef> page) {
    }

    private static @Nullable String firstStore(List<String> names) {
        return names.isEmpty() ? null : names.contains("PlayerData") ? "PlayerData" : names.get(0);
    }

    /** On the lane: the first page of {@code name}, or null when it cannot be read (the search then says why). */
    private @Nullable Page<EntryRef> firstPage(String name, @Nullable String sc) {
        try {
            return session.source().listKeys(name, sc, "", null, PAGE);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Shows another store from its first key: the prefix typed for the previous store does not carry over. */
    public void openStore(String name) {
        openStore(name, null);
    }

    /** As {@link #openStore(String)}; {@code first}, when given, is its first page, already read. */
    private void openStore(String name, @Nullable Page<EntryRef> first) {
        store.set(name);
        prefix.set("");
        if (first == null) {
            search();
            return;
        }
        reset(null);
        show(name, searchedScope(), "", first);
    }

    /** Searches again in every scope (offered when a search in one scope found nothing). */
    public void searchAllScopes() {
        allScopes.set(true);
        search();
    }

    /** Enter in the search field: searches, and opens the key whose name is exactly the text typed, if any. */
    public void searchAndOpenExact(Consumer<KeyRow> open) {
        start(open);
    }

    /** Starts listing again from the first page with the current store, scope and prefix. */
    public void search() {
        start(null);
    }

    private void start(java.util.function.@Nullable Consumer<KeyRow> exact) {
        reset(exact);
        fetch();
    }

    /** Forgets the listing shown: a new search starts from its first page. */
    private void reset(java.util.function.@Nullable Consumer<KeyRow> exact) {
        openExact = exact;
        empty.set("");
        generation++;
        cursor = null;
        keys.clear();
        hasMore.set(false);
    }

    /** Fetches the next page; does nothing while a page is loading or when there is none. */
    public void loadMore() {
        if (!loading.get() && hasMore.get()) {
            fetch();
        }
    }

    /** Records what reading a key showed, so its row gets badges. */
    public void markRead(KeyRow read) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).ref().equals(read.ref())) {
                keys.set(i, read);
                return;
            }
        }
    }

    /**
     * Takes the rows of {@code gone} out of the list (an erase deleted them), with the count and the empty-list text
     * brought up to date; the list is not read again.
     */
    public void removeKeys(Collection<EntryRef> gone) {
        Set<EntryRef> refs = Set.copyOf(gone);
        if (!keys.removeIf(r -> refs.contains(r.ref()))) {
            return;
        }
        status.set(loaded(keys.size(), hasMore.get()));
        String name = store.get();
        if (keys.isEmpty() && !hasMore.get() && name != null) {
            empty.set(nothingFound(name, searchedScope(), searchedPrefix()));
        }
    }

    /** The scope a listing searches: null for every scope. */
    private @Nullable String searchedScope() {
        return allScopes.get() ? null : scope.get();
    }

    private String searchedPrefix() {
        return prefix.get() == null ? "" : prefix.get();
    }

    static String loaded(int n, boolean more) {
        return String.format(Locale.ROOT, "%,d", n) + (more ? "+" : "")
                + (n == 1 && !more ? " key" : " keys") + " loaded";
    }

    private static String nothingFound(String store, @Nullable String scope, String prefix) {
        String what = prefix.isEmpty() ? "No keys" : "No keys starting with \"" + prefix + "\"";
        return what + " in " + store + (scope == null ? ", in every scope." : ", scope \"" + scope + "\".");
    }

    private void openExactMatch(String searched) {
        Consumer<KeyRow> open = openExact;
        openExact = null;
        if (open == null || searched.isEmpty()) {
            return;
        }
        keys.stream().filter(r -> r.ref().key().equals(searched)).findFirst().ifPresent(open);
    }

    private void fetch() {
        String name = store.get();
        if (name == null) {
            return;
        }
        int mine = generation;
        String from = cursor;
        String sc = searchedScope();
        String pre = searchedPrefix();
        loading.set(true);
        tasks.execute(BackgroundTask.of("List keys", () -> session.source().listKeys(name, sc, pre, from, PAGE))
                .onSuccess(page -> {
                    if (mine == generation) {
                        show(name, sc, pre, page);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        dialogs.showError("Could not list the keys of " + name, e);
                    }
                })
                .onFinished(() -> loading.set(false)), session.lane());
    }

    /** Adds a page of the current search's keys. */
    private void show(String name, @Nullable String sc, String pre, Page<EntryRef> page) {
        // one change for the whole page: the list view lays out once, not once per key
        keys.addAll(page.items().stream().map(KeyRow::unread).toList());
        cursor = page.nextCursor();
        hasMore.set(page.hasMore());
        status.set(loaded(keys.size(), page.hasMore()));
        empty.set(keys.isEmpty() && !page.hasMore() ? nothingFound(name, sc, pre) : "");
        openExactMatch(pre);
    }

    /** The connection the keys are listed from. */
    public Connection connection() {
        return session.connection();
    }
}
