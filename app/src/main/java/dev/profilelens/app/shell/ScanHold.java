package dev.profilelens.app.shell;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * How a start holds the store overview's first scan (ADR 0268): it goes {@link #AFTER} the keys are listed, later
 * while a profile the user opened meanwhile is still being read and shown, and at the latest {@link #LATEST} after
 * the start. A user who opens a key as soon as it is listed then does not share the two cores with a scan step. On
 * the FX thread.
 */
final class ScanHold {
    static final Duration AFTER = Duration.millis(500);
    static final Duration AGAIN = Duration.millis(100);
    static final Duration LATEST = Duration.seconds(10);

    private ScanHold() {
    }

    /** Completes {@code hold} {@link #LATEST} from now if nothing has completed it before. */
    static void atTheLatest(CompletableFuture<Void> hold) {
        after(LATEST, () -> hold.complete(null));
    }

    /** Once the keys are listed: completes {@code hold} {@link #AFTER} from now, or once {@code reading} is over. */
    static void keysListed(BooleanSupplier reading, CompletableFuture<Void> hold) {
        quietAfter(AFTER, () -> !hold.isDone() && reading.getAsBoolean(), () -> hold.complete(null));
    }

    /** Runs {@code then} {@code first} from now, or once {@code reading} is over after that (asked every 100 ms). */
    static void quietAfter(Duration first, BooleanSupplier reading, Runnable then) {
        after(first, () -> whenQuiet(reading, then));
    }

    private static void whenQuiet(BooleanSupplier reading, Runnable then) {
        if (reading.getAsBoolean()) {
            after(AGAIN, () -> whenQuiet(reading, then));
        } else {
            then.run();
        }
    }

    private static void after(Duration d, Runnable then) {
        PauseTransition p = new PauseTransition(d);
        p.setOnFinished(e -> then.run());
        p.play();
    }
}
