package dev.profilelens.app.shell;

import dev.profilelens.app.browser.BrowserView;
import dev.profilelens.app.profile.ProfileView;
import dev.profilelens.app.raw.RawPane;
import dev.profilelens.app.widgets.KeyRow;
import java.nio.file.Path;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * {@code --smoke-test [--screenshot FILE] [--open STORE/KEY] [--open-delay MS] [--reopen N] [--browse-pages N]
 * [--type-in-editor N]}:
 * opens the sandbox (or {@code --source}), waits for the key list, optionally pages through N pages of keys measuring
 * the longest FX pause, opens the first profile (or KEY; MS after it is listed), paints every pane (each once its
 * content is there), optionally reads and paints it N times more (the same work as opening it in a warmed-up app),
 * optionally types N letters into its editor ({@link TypingProbe}; {@code --source} is then opened writable, nothing
 * is saved), writes a screenshot and exits 0;
 * exits 1 when any step fails or 120 s pass. Used by packaging checks and bench/app.
 */
final class SmokeTest {
    private static final long DEADLINE_MS = 120_000;
    private final MainWindow window;
    private final @Nullable Path screenshot;
    private final long started = System.currentTimeMillis();
    private final long launched;
    private final @Nullable String openKey;
    private final int browsePages;
    private final PerfProbe probe = new PerfProbe();
    private final Timeline poll = new Timeline(new KeyFrame(Duration.millis(16), e -> step()));
    private boolean opened;
    private boolean searched;
    private boolean usable;
    private long browseStarted;
    private long firstScrollPause = -1;
    private long openStarted;
    private long openDelayMs;
    private long listedAt;
    private long shownAt;
    private int painted;
    private Map<String, Long> cpuAtOpen = Map.of();
    private int reopens;
    private int typing;
    private @Nullable Object shownSnapshot;

    SmokeTest(MainWindow window, @Nullable Path screenshot, long launchedMillis, @Nullable String openKey,
              int browsePages) {
        this.window = window;
        this.screenshot = screenshot;
        this.launched = launchedMillis;
        this.openKey = openKey;
        this.browsePages = browsePages;
    }

    /** After the first open, reads and paints the profile {@code n} more times, timing each. */
    SmokeTest reopen(int n) {
        reopens = n;
        return this;
    }

    /** Waits {@code ms} after the key to open is listed before opening it, as a user finding it would. */
    SmokeTest openDelay(long ms) {
        openDelayMs = ms;
        return this;
    }

    /** After the opens, types {@code n} letters into the profile's editor, measuring pauses ({@link TypingProbe}). */
    SmokeTest typeInEditor(int n) {
        typing = n;
        return this;
    }

    void start() {
        System.out.println("smoke: window shown " + (System.currentTimeMillis() - launched) + " ms after launch");
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private void step() {
        if (System.currentTimeMillis() - started > DEADLINE_MS) {
            fail("timed out waiting for the sandbox to show a profile");
            return;
        }
        BrowserView browser = window.activeBrowser().orElse(null);
        if (browser == null || browser.keyList().getItems().isEmpty()
                || !usable && !shown(browser, browser.keyList().getItems().get(0))) {
            return;
        }
        if (!usable) {
            usable = true;
            // the frame that drew the keys is on screen before the time is taken, not only laid out (ADR 0281)
            PerfProbe.awaitRendered();
            System.out.println("smoke: usable (keys shown) " + (System.currentTimeMillis() - launched)
                    + " ms after launch");
            System.out.println("smoke: CPU of the start: " + ThreadCpu.since(Map.of()));
        }
        if (browsePages > 0 && !browsed(browser)) {
            return;
        }
        if (!opened) {
            KeyRow row = target(browser);
            if (row == null) {
                return;
            }
            // a user opens a key they can see (scrolling to it): the open starts once the list has drawn its row
            if (listedAt == 0 && !shown(browser, row)) {
                browser.keyList().scrollTo(row);
                return;
            }
            listedAt = listedAt == 0 ? System.nanoTime() : listedAt;
            if (System.nanoTime() - listedAt < openDelayMs * 1_000_000) {
                return;
            }
            opened = true;
            // the probe's own preparation (reading every thread's CPU time, the image the panes are painted into) is
            // done before the open's clock starts: it is not the app's work
            cpuAtOpen = ThreadCpu.now();
            probe.prepare(window.scene());
            openStarted = System.nanoTime();
            browser.keyList().getSelectionModel().select(row);
            browser.keyList().getOnKeyPressed().handle(new KeyEvent(
                    KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                    false, false, false, false));
            return;
        }
        // the panes are painted as they can be: all but Raw once the profile is shown, Raw once its text is ready
        window.currentProfile().filter(p -> p.model().snapshotProperty().get() != shownSnapshot)
                .filter(p -> shownAt == 0).ifPresent(p -> {
                    shownAt = System.nanoTime();
                    painted = probe.paintPanes(p, t -> !(t.getContent() instanceof RawPane));
                });
        window.currentProfile().filter(ProfileView::fullyShown)
                .filter(p -> p.model().snapshotProperty().get() != shownSnapshot).ifPresent(p -> {
                    long ready = System.nanoTime();
                    int panes = painted + probe.paintPanes(p, t -> t.getContent() instanceof RawPane);
                    System.out.printf("smoke: profile %s and all %d panes painted in %d ms (read, decoded and shown "
                            + "after %d ms, Raw text ready after %d ms)%n",
                            shownSnapshot == null ? "opened" : "read again", panes,
                            (System.nanoTime() - openStarted) / 1_000_000, (shownAt - openStarted) / 1_000_000,
                            (ready - openStarted) / 1_000_000);
                    if (shownSnapshot == null) {
                        System.out.println("smoke: CPU of the first open: " + ThreadCpu.since(cpuAtOpen));
                    }
                    shownAt = 0;
                    shownSnapshot = p.model().snapshotProperty().get();
                    if (reopens-- > 0) {
                        openStarted = System.nanoTime();
                        p.model().refresh();
                    } else {
                        poll.stop();
                        if (typing > 0) {
                            new TypingProbe(window, typing, () -> Platform.runLater(this::finish)).start(p);
                        } else {
                            Platform.runLater(this::finish);
                        }
                    }
                });
    }

    /** Pages through keys until {@code browsePages} pages are loaded (or the store ends); true when done. */
    private boolean browsed(BrowserView browser) {
        if (browseStarted == Long.MAX_VALUE) {
            return true;
        }
        int rows = browser.keyList().getItems().size();
        if (browseStarted == 0) {
            browseStarted = System.nanoTime();
            probe.startWatchingPulses();
        }
        if (firstScrollPause < 0 && rows > 400) {
            // the first scrolls of a fresh JVM (two pages) load and compile the list's code; reported on their own
            firstScrollPause = probe.restartLongest();
        }
        boolean more = PerfProbe.scrollToEnd(browser);
        if (rows < browsePages * 200 && more) {
            return false;
        }
        long pause = probe.stopWatchingPulses();
        System.out.printf("smoke: browsed %d keys in %d ms; longest pause of the FX thread %d ms (first scroll "
                + "%d ms)%n", rows, (System.nanoTime() - browseStarted) / 1_000_000, pause, firstScrollPause);
        browseStarted = Long.MAX_VALUE;
        return true;
    }

    private static boolean shown(BrowserView browser, KeyRow row) {
        return browser.keyList().lookupAll(".list-cell").stream()
                .anyMatch(n -> n.isVisible() && n instanceof ListCell<?> c && c.getItem() == row);
    }

    private @Nullable KeyRow target(BrowserView browser) {
        if (openKey == null) {
            return browser.keyList().getItems().get(0);
        }
        int slash = openKey.indexOf('/');
        String store = openKey.substring(0, slash);
        String key = openKey.substring(slash + 1);
        if (!searched) {
            searched = true;
            browser.model().prefixProperty().set(key);
            browser.model().openStore(store);
            return null;
        }
        return browser.keyList().getItems().stream().filter(r -> r.ref().key().equals(key)).findFirst().orElse(null);
    }

    private void finish() {
        try {
            if (screenshot != null) {
                Snapshots.write(window.scene(), screenshot);
                System.out.println("smoke: screenshot " + screenshot.toAbsolutePath());
            }
            System.out.println("smoke: ok, profile shown " + (System.currentTimeMillis() - launched) + " ms after "
                    + "launch; resident memory " + PerfProbe.residentMegabytes() + " MB");
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
