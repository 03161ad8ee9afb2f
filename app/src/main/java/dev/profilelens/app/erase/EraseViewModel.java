package dev.profilelens.app.erase;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.env.Environment;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.erase.EraseOptions;
import dev.profilelens.core.erase.ErasePlace;
import dev.profilelens.core.erase.ErasePlan;
import dev.profilelens.core.erase.EraseReport;
import dev.profilelens.core.erase.EraseScope;
import dev.profilelens.core.erase.Erasure;
import dev.profilelens.core.erase.ErasureRequest;
import dev.profilelens.core.erase.PlaceOutcome;
import dev.profilelens.core.erase.PlaceUniverses;
import dev.profilelens.core.erase.ReviewHit;
import dev.profilelens.core.erase.WebhookBody;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The right-to-erasure dialog's state: the input (UserIds, or a webhook body with its signature), the plan's places,
 * the typed confirmation and reason, progress, and the report's path. Planning and the run go to the connection's
 * lane (the run may wait minutes for a live owner); the FX thread only shows results.
 */
public final class EraseViewModel {
    /** The window's names of the scope fields, for error messages. */
    static final EraseScope.Fields FIELDS = new EraseScope.Fields("Place → universe", "Ordered leaderboards",
            "Mirror to scan");

    /** Where the dialog is. */
    public enum Stage { INPUT, PLANNING, PLANNED, RUNNING, DONE }

    private final ConnectionSession session;
    private final TaskExecutor tasks;
    private final Saver saver;
    private final Environment env;
    private final Consumer<Runnable> fx;
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final StringProperty signature = new SimpleStringProperty(this, "signature", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty placeMap = new SimpleStringProperty(this, "placeMap", "");
    private final StringProperty ordered = new SimpleStringProperty(this, "ordered", "");
    private final StringProperty mirror = new SimpleStringProperty(this, "mirror", "");
    private final StringProperty message = new SimpleStringProperty(this, "message",
            "Type a UserId (or several), or paste a RightToErasureRequest webhook body, then Find places.");
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.INPUT);
    private final ReadOnlyObjectWrapper<Double> progress = new ReadOnlyObjectWrapper<>(this, "progress", 0.0);
    private final ObservableList<ErasePlace> places = FXCollections.observableArrayList();
    private final ObservableList<ReviewHit> review = FXCollections.observableArrayList();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private @Nullable ErasePlan plan;
    private @Nullable Erasure erasure;
    private @Nullable OrderedSource orderedSource;
    private boolean orderedOpened;
    private @Nullable Path report;
    private EraseOptions options = EraseOptions.defaults();
    private Consumer<List<EntryRef>> onErased = refs -> { };
    private Consumer<List<EntryRef>> onErasing = refs -> { };

    public EraseViewModel(ConnectionSession session, TaskExecutor tasks, Saver saver, Environment env,
                      Consumer<Runnable> fx) {
        this.session = session;
        this.tasks = tasks;
        this.saver = saver;
        this.env = env;
        this.fx = fx;
        secret.set(Objects.requireNonNullElse(WebhookBody.configuredSecret(env.variables(), env.home()),
                ""));
    }

    public StringProperty inputProperty() {
        return input;
    }

    public StringProperty signatureProperty() {
        return signature;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** Start place → universe pairs ({@code PLACE=UNIVERSE, …}), as the CLI's {@code --places}. */
    public StringProperty placeMapProperty() {
        return placeMap;
    }

    /** Ordered leaderboards to search besides those the connection lists, as the CLI's {@code --ordered}. */
    public StringProperty orderedProperty() {
        return ordered;
    }

    /** A mirror (a .db file, or sqlite:PATH) to scan for other values naming the user, as {@code --mirror}. */
    public StringProperty mirrorProperty() {
        return mirror;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Double> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObservableList<ErasePlace> places() {
        return places;
    }

    /** Other keys of the mirror whose values name the user: for review, never deleted. */
    public ObservableList<ReviewHit> review() {
        return review;
    }

    /** Told (on the FX thread, after a run) the standard keys that run left deleted: to take them out of key lists. */
    public void setOnErased(Consumer<List<EntryRef>> handler) {
        onErased = handler;
    }

    /**
     * Told (on the FX thread, as a run starts) the standard keys it is about to erase: a game the window simulates
     * stops bringing those players back before their keys are deleted, not after.
     */
    public void setOnErasing(Consumer<List<EntryRef>> handler) {
        onErasing = handler;
    }

    /** How runs wait for live owners and re-check (tests shorten the re-check). */
    void options(EraseOptions newOptions) {
        options = newOptions;
    }

    public @Nullable Path report() {
        return report;
    }

    /** What to type to confirm, once planned. */
    public String expectedConfirmation() {
        return plan == null ? "" : plan.request().confirmation();
    }

    /** Reads the input (a webhook body when it starts with '{', checked with the secret), then plans on the lane. */
    public void plan() {
        String text = input.get().strip();
        ErasureRequest request;
        try {
            request = text.startsWith("{") ? WebhookBody.verifyAndRead(text.getBytes(StandardCharsets.UTF_8),
                    signature.get(), secret.get()) : ErasureRequest.typed(text, "UserIds");
        } catch (InspectorException e) {
            message.set(e.userMessage());
            return;
        }
        String map = placeMap.get();
        List<String> boards = List.of(ordered.get());
        String copy = mirrorSpec(mirror.get());
        stage.set(Stage.PLANNING);
        places.clear();
        review.clear();
        message.set("Searching " + session.connection().name() + " for UserId " + request.confirmation() + "…");
        tasks.execute(BackgroundTask.of("Plan erase", () -> planned(request, EraseScope.parse(map, boards, copy,
                FIELDS)))
                .onSuccess(planned -> {
                    ErasePlan p = planned.plan();
                    erasure = planned.erasure();
                    plan = p;
                    places.setAll(p.places());
                    review.setAll(p.review());
                    stage.set(p.isEmpty() ? Stage.INPUT : Stage.PLANNED);
                    message.set(p.isEmpty() ? p.emptyExplanation() : p.places().size() + " place(s) hold UserId "
                            + p.request().confirmation() + ". Type the UserId" + (p.request().userIds().size() > 1
                            ? "s" : "") + " \"" + p.request().confirmation() + "\" and a reason to erase them."
                            + (p.review().isEmpty() ? copy == null ? "" : "\nNo other value in the mirror names "
                            + "the user." : "\n" + p.review().size() + " other value(s) in the mirror name the user: "
                            + "listed for review, never deleted.")
                            + (p.notes().isEmpty() ? "" : "\nNote: " + String.join("\nNote: ", p.notes())));
                })
                .onFailure(e -> {
                    stage.set(Stage.INPUT);
                    message.set(e instanceof InspectorException ie ? ie.userMessage() : String.valueOf(e));
                }), session.lane());
    }

    /** True when the typed confirmation matches and a reason is given. */
    public boolean canRun() {
        return stage.get() == Stage.PLANNED && expectedConfirmation().equals(confirmation.get().strip())
                && !reason.get().isBlank();
    }

    /** Erases on the lane; progress and the report's path come back to the FX thread. */
    public void run() {
        if (!canRun() || plan == null) {
            message.set("Type the UserId \"" + expectedConfirmation() + "\" exactly and a reason to erase.");
            return;
        }
        ErasePlan p = plan;
        Erasure e = Objects.requireNonNull(erasure, "planned");
        String typed = confirmation.get().strip();
        String why = reason.get().strip();
        cancelled.set(false);
        onErasing.accept(p.places().stream().filter(pl -> pl.kind() == ErasePlace.Kind.KEY)
                .map(ErasePlace::ref).toList());
        stage.set(Stage.RUNNING);
        message.set("Erasing " + p.places().size() + " place(s)…");
        tasks.execute(BackgroundTask.of("Erase", () -> e.run(p, typed, why,
                options, pr -> fx.accept(() -> {
                    progress.set(pr.total() == 0 ? 1.0 : (double) pr.done() / pr.total());
                    message.set("Erased " + pr.done() + " of " + pr.total() + ": " + pr.stage());
                }), cancelled::get))
                .onSuccess(r -> {
                    report = r.json();
                    onErased.accept(gone(r.report()));
                    stage.set(Stage.DONE);
                    progress.set(1.0);
                    message.set((r.report().complete() ? "Done: every place was erased and stayed erased."
                            : "Not complete: see the report.") + "\nReport: " + r.json());
                })
                .onFailure(f -> {
                    stage.set(Stage.PLANNED);
                    message.set(f instanceof InspectorException ie ? ie.userMessage() : String.valueOf(f));
                }), session.lane());
    }

    /** Stops between places (a place being deleted finishes); the report says what was left. */
    public void cancel() {
        cancelled.set(true);
        message.set("Cancelling after the current place…");
    }

    /** The standard keys a run deleted, or found deleted already; not those a server wrote again. */
    static List<EntryRef> gone(EraseReport report) {
        return report.outcomes().stream().filter(o -> o.place().kind() == ErasePlace.Kind.KEY)
                .filter(o -> o.status() == PlaceOutcome.Status.DELETED
                        || o.status() == PlaceOutcome.Status.ALREADY_GONE)
                .map(o -> o.place().ref()).toList();
    }

    /** A plan and the use case that made it (the run uses the same one). */
    private record Planned(Erasure erasure, ErasePlan plan) {
    }

    /** On the lane: the use case for this scope, the mirror opened for the scan and closed again, the plan. */
    private Planned planned(ErasureRequest request, EraseScope scope) {
        Erasure e = new Erasure(session.source(), orderedSource(), scope.leaderboards(), saver.auditLog(),
                new Handover(saver.pipeline(session), session.source(), env.clock()), env.clock(), env.user(),
                session.connection().name(), env.home());
        try (ProfileSource copy = scope.openMirror(session.providers())) {
            return new Planned(e, e.plan(request, scope.places(), PlaceUniverses.universeOfSpec(
                    session.connection().spec()), copy));
        }
    }

    /** The connection's ordered stores, opened once on the lane (null when the connection has none). */
    private @Nullable OrderedSource orderedSource() {
        if (!orderedOpened) {
            orderedOpened = true;
            try {
                orderedSource = session.providers().openOrdered(session.connection().spec(),
                        session.connection().writable()
                        ? Map.of() : Map.of("readOnly", "true"));
            } catch (InspectorException none) {
                orderedSource = null;
            }
        }
        return orderedSource;
    }

    /** A typed path is a SQLite file; blank is none. */
    private static @Nullable String mirrorSpec(String text) {
        String t = text.strip();
        return t.isEmpty() ? null : t.startsWith("sqlite:") ? t : "sqlite:" + t;
    }

    /** Closes the ordered source (on the lane) when the window closes; a running erase is cancelled. */
    public void close() {
        cancelled.set(true);
        session.lane().execute(() -> {
            if (orderedSource != null) {
                orderedSource.close();
            }
        });
    }
}
