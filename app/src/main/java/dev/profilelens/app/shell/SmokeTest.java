package dev.profilelens.app.shell;

import dev.profilelens.app.browser.BrowserView;
import dev.profilelens.app.browser.KeyRow;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * {@code --smoke-test [--screenshot FILE]}: opens the sandbox, waits for the key list, opens the first profile,
 * writes a screenshot and exits 0; exits 1 when any step fails or 60 s pass. Used by packaging checks.
 */
final class SmokeTest {
    private static final long DEADLINE_MS = 60_000;
    private final MainWindow window;
    private final Path screenshot;
    private final long started = System.currentTimeMillis();
    private final long launched;
    private Timeline poll;
    private boolean opened;

    SmokeTest(MainWindow window, Path screenshot, long launchedMillis) {
        this.window = window;
        this.screenshot = screenshot;
        this.launched = launchedMillis;
    }

    void start() {
        System.out.println("smoke: window shown " + (System.currentTimeMillis() - launched) + " ms after launch");
        poll = new Timeline(new KeyFrame(Duration.millis(200), e -> step()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private void step() {
        if (System.currentTimeMillis() - started > DEADLINE_MS) {
            fail("timed out waiting for the sandbox to show a profile");
            return;
        }
        BrowserView browser = window.activeBrowser().orElse(null);
        if (browser == null || browser.keyList().getItems().isEmpty()) {
            return;
        }
        if (!opened) {
            opened = true;
            KeyRow first = browser.keyList().getItems().get(0);
            browser.keyList().getSelectionModel().select(first);
            browser.keyList().getOnKeyPressed().handle(new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.ENTER,
                    false, false, false, false));
            return;
        }
        boolean shown = window.currentProfile().map(p -> p.model().snapshotProperty().get() != null).orElse(false);
        if (shown) {
            poll.stop();
            Platform.runLater(this::finish);
        }
    }

    private void finish() {
        try {
            if (screenshot != null) {
                Snapshots.write(window.scene(), screenshot);
                System.out.println("smoke: screenshot " + screenshot.toAbsolutePath());
            }
            System.out.println("smoke: ok, profile shown " + (System.currentTimeMillis() - launched) + " ms after "
                    + "launch");
            System.out.flush();
            Platform.exit();
            Runtime.getRuntime().halt(0);
        } catch (Exception e) {
            fail("could not write the screenshot: " + e.getMessage());
        }
    }

    private void fail(String why) {
        poll.stop();
        System.err.println("smoke: FAILED: " + why);
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }
}
