package dev.profilelens.app.erase;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.erase.EraseOptions;
import dev.profilelens.core.erase.ErasePlace;
import dev.profilelens.core.erase.ErasePlan;
import dev.profilelens.core.erase.Erasure;
import dev.profilelens.core.erase.ErasureRequest;
import dev.profilelens.core.erase.PlaceUniverses;
import dev.profilelens.core.erase.WebhookBody;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
public final class EraseModel {
    /** Where the dialog is. */
    public enum Stage { INPUT, PLANNING, PLANNED, RUNNING, DONE }

    private final ConnectionSession session;
    private final TaskExecutor tasks;
    private final Saver saver;
    private final Path dataDirectory;
    private final Consumer<Runnable> fx;
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final StringProperty signature = new SimpleStringProperty(this, "signature", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty message = new SimpleStringProperty(this, "message",
            "Type a UserId (or several), or paste a RightToErasureRequest webhook body, then Find places.");
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.INPUT);
    private final ReadOnlyObjectWrapper<Double> progress = new ReadOnlyObjectWrapper<>(this, "progress", 0.0);
    private final ObservableList<ErasePlace> places = FXCollections.observableArrayList();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private @Nullable ErasePlan plan;
    private @Nullable Erasure erasure;
    private @Nullable OrderedSource ordered;
    private @Nullable Path report;
    private EraseOptions options = EraseOptions.defaults();

    public EraseModel(ConnectionSession session, TaskExecutor tasks, Saver saver, Path dataDirectory,
                      Consumer<Runnable> fx) {
        this.session = session;
        this.tasks = tasks;
        this.saver = saver;
        this.dataDirectory = dataDirectory;
        this.fx = fx;
        secret.set(java.util.Objects.requireNonNullElse(WebhookBody.configuredSecret(System.getenv(), dataDirectory),
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
        stage.set(Stage.PLANNING);
        places.clear();
        message.set("Searching " + session.connection().name() + " for UserId " + request.confirmation() + "…");
        tasks.execute(BackgroundTask.of("Plan erase", () -> erasure().plan(request, PlaceUniverses.none(),
                PlaceUniverses.universeOfSpec(session.connection().spec()), null))
                .onSuccess(p -> {
                    plan = p;
                    places.setAll(p.places());
                    stage.set(p.isEmpty() ? Stage.INPUT : Stage.PLANNED);
                    message.set(p.isEmpty() ? p.emptyExplanation() : p.places().size() + " place(s) hold UserId "
                            + p.request().confirmation() + ". Type the UserId" + (p.request().userIds().size() > 1
                            ? "s" : "") + " \"" + p.request().confirmation() + "\" and a reason to erase them."
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
        String typed = confirmation.get().strip();
        String why = reason.get().strip();
        cancelled.set(false);
        stage.set(Stage.RUNNING);
        message.set("Erasing " + p.places().size() + " place(s)…");
        tasks.execute(BackgroundTask.of("Erase", () -> erasure().run(p, typed, why,
                options, pr -> fx.accept(() -> {
                    progress.set(pr.total() == 0 ? 1.0 : (double) pr.done() / pr.total());
                    message.set("Erased " + pr.done() + " of " + pr.total() + ": " + pr.stage());
                }), cancelled::get))
                .onSuccess(r -> {
                    report = r.json();
                    stage.set(Stage.DONE);
                    progress.set(1.0);
                    message.set((r.report().complete() ? "Done: every place was erased and stayed erased."
                            : "Not complete: see the report.") + "\nReport: " + r.json());
                })
                .onFailure(e -> {
                    stage.set(Stage.PLANNED);
                    message.set(e instanceof InspectorException ie ? ie.userMessage() : String.valueOf(e));
                }), session.lane());
    }

    /** Stops between places (a place being deleted finishes); the report says what was left. */
    public void cancel() {
        cancelled.set(true);
        message.set("Cancelling after the current place…");
    }

    private Erasure erasure() {
        if (erasure == null) {
            try {
                ordered = OrderedSources.open(session.connection().spec(), session.connection().writable()
                        ? Map.of() : Map.of("readOnly", "true"));
            } catch (InspectorException none) {
                ordered = null;
            }
            var pipeline = saver.pipeline(session);
            erasure = new Erasure(session.source(), ordered, List.of(), saver.auditLog(), new Handover(pipeline,
                    session.source(), Clock.systemUTC()), Clock.systemUTC(), System.getProperty("user.name",
                    "unknown"), session.connection().name(), dataDirectory);
        }
        return erasure;
    }

    /** Closes the ordered source (on the lane) when the window closes; a running erase is cancelled. */
    public void close() {
        cancelled.set(true);
        session.lane().execute(() -> {
            if (ordered != null) {
                ordered.close();
            }
        });
    }
}
