package dev.profilelens.app.shell;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Whether the user is working in the main window: the active key list is loading a page, or it was, or an input
 * event (key, mouse, scroll) came, in the last {@value #QUIET_MS} ms. Background work that holds the FX thread for a
 * while (the panes' warm-up, ADR 0263) waits for quiet. On the FX thread.
 */
final class UserActivity {
    static final long QUIET_MS = 400;
    private final LongSupplier nanos;
    private long last = Long.MIN_VALUE;

    private UserActivity(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** For the main window and the key list active now. */
    static BooleanSupplier of(MainWindow window) {
        return of(window.scene(), window.activeBrowser().map(b -> (ObservableBooleanValue) b.model().loadingProperty())
                .orElse(new SimpleBooleanProperty(false)));
    }

    /** Busy while {@code loading} holds, and for {@value #QUIET_MS} ms after it changes or {@code scene} has input. */
    static BooleanSupplier of(Scene scene, ObservableBooleanValue loading) {
        return of(scene, loading, System::nanoTime);
    }

    /** As {@link #of(Scene, ObservableBooleanValue)}, timed by {@code nanos} (a test's clock). */
    static BooleanSupplier of(Scene scene, ObservableBooleanValue loading, LongSupplier nanos) {
        UserActivity a = new UserActivity(nanos);
        scene.addEventFilter(InputEvent.ANY, e -> a.touch());
        loading.addListener((o, was, is) -> a.touch());
        return () -> loading.get() || a.recent();
    }

    private void touch() {
        last = nanos.getAsLong();
    }

    private boolean recent() {
        return last != Long.MIN_VALUE && nanos.getAsLong() - last < QUIET_MS * 1_000_000;
    }
}
