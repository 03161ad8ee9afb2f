package dev.profilelens.app.editor;

import static dev.profilelens.app.widgets.Controls.button;

import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.edit.SaveResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * Hand over (issue #15 item 4): behind a typed confirmation that the player will be disconnected, asks the live owner
 * to release through the library's force-load request, shows a countdown to the owner's next save, and applies the
 * intents once released. Cancel (or the timeout) withdraws the request; nothing is written then.
 */
final class HandoverFlow extends HBox {
    static final Duration TIMEOUT = Duration.ofSeconds(120);
    private final EditorViewModel model;
    private final DialogService dialogs;
    private final BiConsumer<SaveResult, String> render;
    private final Label countdown = new Label();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final Timeline ticker;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private @Nullable Instant due;
    private Instant deadline = Instant.now();
    private String step = "";

    HandoverFlow(EditorViewModel model, DialogService dialogs, BiConsumer<SaveResult, String> render) {
        super(8);
        this.model = model;
        this.dialogs = dialogs;
        this.render = render;
        setId("handover-bar");
        setStyle("-fx-padding: 6 8 6 8; -fx-background-color: #e5f1fb; -fx-border-color: #0f6cbd;"
                + " -fx-border-width: 0 0 1 0;");
        countdown.setId("handover-countdown");
        countdown.setStyle("-fx-text-fill: #0a2e4a;");
        countdown.setMaxWidth(Double.MAX_VALUE);
        countdown.setWrapText(true);
        HBox.setHgrow(countdown, Priority.ALWAYS);
        Button cancel = button("Cancel hand-over", "Withdraw the request; nothing is written", this::cancel);
        cancel.setId("handover-cancel");
        cancel.setMinWidth(USE_PREF_SIZE);
        getChildren().setAll(countdown, cancel);
        visibleProperty().bind(running);
        managedProperty().bind(running);
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /** Asks for the typed confirmation and the reason ({@code given} to start with, may be empty), then starts. */
    void start(@Nullable Window owner, String given) {
        String key = model.target().ref().key();
        if (running.get() || !dialogs.confirmTyped("Hand over " + key, "The player will be disconnected: the live "
                + "server is asked to release " + key + " the way the library itself does (a force-load request), "
                + "saves it and ends the session; then your edit is applied. If it does not release within "
                + TIMEOUT.toSeconds() + " s, the request is withdrawn and nothing is written.\n\nType the key to go "
                + "on.", key)) {
            return;
        }
        new SaveDialog(owner, "Hand over " + key, List.of(new SaveDialog.Group(key,
                model.analysisProperty().get().pending()))).reason(given).ask().ifPresent(this::run);
    }

    private void run(String reason) {
        AtomicBoolean mine = new AtomicBoolean();
        cancelled = mine;
        due = null;
        deadline = Instant.now().plus(TIMEOUT);
        step = "asking the server to release";
        running.set(true);
        tick();
        ticker.play();
        model.handOver(reason, TIMEOUT, mine::get, r -> due = r.expectedBy(), s -> {
            step = describe(s);
            tick();
        }, result -> {
            finish();
            if (result != null) {
                render.accept(result, reason);
            } else {
                dialogs.showInfo("Not handed over", (mine.get() ? "You cancelled the hand-over" : "The server did "
                        + "not release the profile within " + TIMEOUT.toSeconds() + " s") + "; the request was "
                        + "withdrawn and nothing was written. Your edit is kept.");
            }
        }, e -> {
            finish();
            dialogs.showError("Not handed over — your edit is kept", e);
        });
    }

    private static String describe(Handover.Step s) {
        return switch (s) {
            case REQUESTED -> "asked the server to release";
            case RELEASED -> "released — applying your edit";
            case TAKEN_BY_ANOTHER -> "another server loaded it — asking again";
            case WITHDRAWN -> "request withdrawn";
        };
    }

    private void tick() {
        Instant now = Instant.now();
        String next;
        if (due == null) {
            next = "";
        } else if (now.isBefore(due)) {
            next = " The owner's next save is due in " + Duration.between(now, due).toSeconds() + " s.";
        } else {
            next = " The owner's next save is overdue by " + Duration.between(due, now).toSeconds() + " s.";
        }
        long left = Math.max(0, Duration.between(now, deadline).toSeconds());
        countdown.setText("Hand-over of " + model.target().ref().key() + ": " + step + "." + next
                + " Withdrawn in " + left + " s if not released.");
    }

    void cancel() {
        cancelled.set(true);
        step = "cancelling — withdrawing the request";
        tick();
    }

    private void finish() {
        ticker.stop();
        running.set(false);
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The countdown line shown now (tests, screenshots). */
    String text() {
        return countdown.getText().toLowerCase(Locale.ROOT);
    }
}
