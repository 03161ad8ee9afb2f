package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.testfx.FxThreadLookups;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A start's hold on the overview's first scan: after the listing's delay, later while the user's profile loads. */
@ExtendWith(FxThreadLookups.class)
class ScanHoldUITest {
    @Start
    void start(Stage stage) {
        // no window needed: the hold runs on the FX thread's timers
    }

    @Test
    void theHoldGoesAfterTheDelayOrOnceTheProfileBeingReadIsShown(FxRobot robot) throws Exception {
        CompletableFuture<Void> quiet = new CompletableFuture<>();
        long from = System.nanoTime();
        robot.interact(() -> ScanHold.keysListed(() -> false, quiet));
        quiet.get(10, TimeUnit.SECONDS);
        assertThat((System.nanoTime() - from) / 1_000_000).isGreaterThanOrEqualTo((long) ScanHold.AFTER.toMillis());

        AtomicBoolean reading = new AtomicBoolean(true);
        CompletableFuture<Void> held = new CompletableFuture<>();
        robot.interact(() -> ScanHold.keysListed(reading::get, held));
        Thread.sleep((long) ScanHold.AFTER.toMillis() + 400);
        assertThat(held).as("a profile is still being read: the scan waits").isNotDone();
        reading.set(false);
        held.get(10, TimeUnit.SECONDS);
    }
}
