package dev.profilelens.app.ordered;

import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEditor;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.ordered.OrderedValues;
import dev.profilelens.core.store.Page;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * A leaderboard (an ordered data store): the top N by value, optionally within a value range, and fixing or removing
 * one entry through {@link OrderedEditor} after a confirmation and a reason (audit log). All I/O on the lane.
 */
public final class LeaderboardViewModel {
    /** One row: rank, key, value. */
    public record Row(int rank, String key, long value) {
    }

    private final String user;
    private final OrderedAccess access;
    private final DialogService dialogs;
    private final Supplier<AuditLog> audit;
    private final Clock clock;
    private final StringProperty store = new SimpleStringProperty("Leaderboard");
    private final StringProperty scope = new SimpleStringProperty("global");
    private final StringProperty top = new SimpleStringProperty("50");
    private final StringProperty min = new SimpleStringProperty("");
    private final StringProperty max = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public LeaderboardViewModel(OrderedAccess access, DialogService dialogs, Supplier<AuditLog> audit, Clock clock,
                                String user) {
        this.user = user;
        this.access = access;
        this.dialogs = dialogs;
        this.audit = audit;
        this.clock = clock;
    }

    public StringProperty storeProperty() {
        return store;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public StringProperty topProperty() {
        return top;
    }

    public StringProperty minProperty() {
        return min;
    }

    public StringProperty maxProperty() {
        return max;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    private OrderedStoreRef ref() {
        return new OrderedStoreRef(store.get().trim(), scope.get().trim().isEmpty() ? "global" : scope.get().trim());
    }

    /** Loads the top N (descending) within the range; bad fields are reported by name and nothing is loaded. */
    public void load() {
        OrderedStoreRef ref;
        OrderedQuery q;
        int n;
        try {
            ref = ref();
            n = number("Top", top.get(), 1, 1000).intValue();
            q = new OrderedQuery(true, optional("Min", min.get()), optional("Max", max.get()));
        } catch (InvalidInputException e) {
            status.set(e.userMessage());
            return;
        }
        busy.set(true);
        status.set("Loading " + ref.store() + "…");
        access.run(access.task("Leaderboard " + ref.store(), o -> {
            List<OrderedEntry> out = new ArrayList<>();
            String cursor = null;
            do {
                Page<OrderedEntry> p = o.list(ref, q, cursor, Math.min(100, n - out.size()));
                out.addAll(p.items());
                cursor = p.nextCursor();
            } while (cursor != null && out.size() < n);
            return out;
        }).onSuccess(list -> {
            List<Row> r = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                r.add(new Row(i + 1, list.get(i).key(), list.get(i).value()));
            }
            rows.setAll(r);
            status.set(r.isEmpty() ? "No entries in " + ref.store() + (q.filterText().isEmpty() ? ""
                    : " with " + q.filterText()) : "Top " + r.size() + " of " + ref.store()
                    + (q.filterText().isEmpty() ? "" : " (" + q.filterText() + ")"));
        }).onFailure(e -> {
            status.set("Could not load " + ref.store() + ": " + e.getMessage());
            dialogs.showError("Leaderboard", e);
        }).onFinished(() -> busy.set(false)));
    }

    /** Asks for the new value, a reason and a confirmation, then sets it (ordered entries have no versions). */
    public void fix(Row row) {
        var typed = dialogs.ask("Fix " + row.key(), "New value for " + row.key() + " (now " + row.value() + "):",
                Long.toString(row.value()));
        if (typed.isEmpty()) {
            return;
        }
        long value;
        try {
            value = OrderedValues.parse(typed.get().trim(), "value of " + row.key());
        } catch (InvalidInputException e) {
            dialogs.showError("Fix " + row.key(), e);
            return;
        }
        var reason = dialogs.ask("Fix " + row.key(), "Why? (recorded in the audit log)", "");
        if (reason.isEmpty() || reason.get().isBlank()) {
            return;
        }
        var sure = dialogs.choose("Fix " + row.key(), "Set " + row.key() + " in " + ref().store() + " from "
                + row.value() + " to " + value + "? There is no undo other than setting it back.",
                List.of("Set to " + value, "Cancel"));
        if (sure.isEmpty() || sure.get().equals("Cancel")) {
            return;
        }
        OrderedStoreRef ref = ref();
        write("Fix " + row.key(), o -> editor(o).set(ref, row.key(), value, reason.get()).value() + "",
                "Set " + row.key() + " to " + value);
    }

    /** Asks for a reason and the key typed again, then deletes the entry (immediate: no history remains). */
    public void remove(Row row) {
        var reason = dialogs.ask("Remove " + row.key(), "Why remove " + row.key() + " from " + ref().store()
                + "? (recorded in the audit log)", "");
        if (reason.isEmpty() || reason.get().isBlank()) {
            return;
        }
        if (!dialogs.confirmTyped("Remove " + row.key(), "Ordered entries are deleted at once, with no history. "
                + "Type the key to remove it:", row.key())) {
            return;
        }
        OrderedStoreRef ref = ref();
        write("Remove " + row.key(), o -> editor(o).remove(ref, row.key(), reason.get()) ? "removed" : "absent",
                "Removed " + row.key());
    }

    private OrderedEditor editor(OrderedSource o) {
        return new OrderedEditor(o, audit.get(), clock, user,
                access.session().connection().name());
    }

    private void write(String title, Function<OrderedSource, String>
            work, String done) {
        busy.set(true);
        access.run(access.task(title, work).onSuccess(r -> {
            status.set(done);
            load();
        }).onFailure(e -> {
            status.set(title + " failed: " + e.getMessage());
            dialogs.showError(title, e);
        }).onFinished(() -> busy.set(false)));
    }

    private static @Nullable Long optional(String field, String text) {
        return text == null || text.isBlank() ? null : number(field, text, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static Long number(String field, String text, long lo, long hi) {
        try {
            long v = Long.parseLong(text.trim());
            if (v < lo || v > hi) {
                throw new InvalidInputException(field + " must be between " + lo + " and " + hi + ", was " + v, field);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field + " must be a whole number, was \"" + text + "\"", field);
        }
    }
}
