package dev.profilelens.app.shell;

import dev.profilelens.app.browser.BrowserView;
import dev.profilelens.app.profile.PaneWarmUp;
import dev.profilelens.app.profile.ProfileView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;

/**
 * Measurements for the smoke test (bench/app): the longest gap between two FX pulses while paging through keys
 * (how responsive the window stayed), the time from "open" to every pane of a profile painted, and resident
 * memory. Painting is forced with {@link Node#snapshot}, which renders a pane completely.
 */
final class PerfProbe {
    private long lastPulse;
    private long longestGapNanos;
    private final List<Long> gapsNanos = new ArrayList<>();
    private @Nullable WritableImage canvas;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastPulse != 0) {
                longestGapNanos = Math.max(longestGapNanos, now - lastPulse);
                gapsNanos.add(now - lastPulse);
            }
            lastPulse = now;
        }
    };

    void startWatchingPulses() {
        lastPulse = 0;
        longestGapNanos = 0;
        gapsNanos.clear();
        pulses.start();
    }

    /** Every gap between two pulses since watching started, in nanoseconds. */
    List<Long> gapsNanos() {
        return List.copyOf(gapsNanos);
    }

    /** {@code median X ms, p99 Y ms, max Z ms} of durations in nanoseconds. */
    static String spread(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "none";
        }
        List<Long> v = new ArrayList<>(nanos);
        v.sort(null);
        return String.format("median %.1f ms, p99 %.1f ms, max %.1f ms", v.get(v.size() / 2) / 1e6,
                v.get(Math.min(v.size() - 1, (int) Math.ceil(v.size() * 0.99) - 1)) / 1e6, v.get(v.size() - 1) / 1e6);
    }

    /** The longest gap so far in milliseconds; watching goes on from zero. */
    long restartLongest() {
        long longest = longestGapNanos / 1_000_000;
        longestGapNanos = 0;
        return longest;
    }

    /** Stops watching; the longest gap between pulses in milliseconds. */
    long stopWatchingPulses() {
        pulses.stop();
        return longestGapNanos / 1_000_000;
    }

    /**
     * Returns once the renderer has drawn every frame handed to it so far: it draws on one thread, in order, and a
     * snapshot is drawn there too, so a snapshot of a 1 x 1 region made now is drawn after them. "Keys shown" is
     * then the time the frame with the keys was on screen, not the time its cells were laid out.
     */
    static void awaitRendered() {
        Region dot = new Region();
        dot.resize(1, 1);
        dot.snapshot(null, null);
    }

    /** Scrolls the key list to its end so the browser fetches the next page; true while more can come. */
    static boolean scrollToEnd(BrowserView browser) {
        int n = browser.keyList().getItems().size();
        browser.keyList().scrollTo(Math.max(0, n - 1));
        return browser.model().hasMoreProperty().get() || browser.model().loadingProperty().get();
    }

    /**
     * Renders the panes of the profile that {@code which} accepts (selecting each tab, as a user would), each into
     * one image the size of the window kept for all of them: a new image per pane was the probe's own megabytes to
     * collect, not the app's.
     */
    int paintPanes(ProfileView view, Predicate<Tab> which) {
        int painted = 0;
        int selected = view.panes().getSelectionModel().getSelectedIndex();
        for (Tab t : view.panes().getTabs()) {
            if (!which.test(t)) {
                continue;
            }
            long t0 = System.nanoTime();
            if (PaneWarmUp.paint(view.panes(), t, canvas(view))) {
                painted++;
            }
            System.out.printf("smoke: pane %s painted in %d ms%n", t.getText(), (System.nanoTime() - t0) / 1_000_000);
        }
        view.panes().getSelectionModel().select(Math.max(0, selected));
        return painted;
    }

    /** Makes the image the panes are painted into ahead of the open (it is the probe's, not the app's, work). */
    void prepare(@Nullable Scene scene) {
        if (scene != null && scene.getRoot() != null) {
            canvas(scene.getRoot());
        }
    }

    private WritableImage canvas(Node view) {
        Scene scene = view.getScene();
        int w = (int) Math.ceil(scene == null ? view.getLayoutBounds().getWidth() : scene.getWidth());
        int h = (int) Math.ceil(scene == null ? view.getLayoutBounds().getHeight() : scene.getHeight());
        WritableImage c = canvas;
        if (c == null || c.getWidth() < w || c.getHeight() < h) {
            c = new WritableImage(Math.max(1, w), Math.max(1, h));
            canvas = c;
        }
        return c;
    }

    /** Resident set size in MB from /proc (Linux), or -1 elsewhere. */
    static long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
