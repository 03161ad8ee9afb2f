package dev.profilelens.app.profile;

import dev.profilelens.core.store.EntryRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * After the loader's warm-up read ({@link LoaderWarmUp}), shows what it read in a profile view of its own, off
 * screen, and paints each of its panes once, in short steps on the FX thread (ADR 0263): the first profile the user
 * opens is then not also the first tree table, Raw view and tab set this JVM styles, lays out and renders. It waits
 * while {@code busy} says so (the user is working: a step can hold the FX thread for 100-300 ms), stops as soon as
 * {@code stop} says so (a profile of the user's is open), and keeps nothing.
 */
public final class PaneWarmUp {
    private static final Logger LOG = Logger.getLogger(PaneWarmUp.class.getName());
    static final int WAIT_MS = 100;
    private final Function<EntryRef, ProfileViewModel> models;
    private final Scene like;
    private final BooleanSupplier stop;
    private final BooleanSupplier busy;
    private @Nullable PauseTransition wait;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final List<String> painted = new ArrayList<>();
    private final CompletableFuture<List<String>> done = new CompletableFuture<>();
    private @Nullable Scene scene;
    private @Nullable ProfileView view;
    private @Nullable WritableImage image;

    private PaneWarmUp(Function<EntryRef, ProfileViewModel> models, Scene like, BooleanSupplier stop,
                       BooleanSupplier busy) {
        this.models = models;
        this.like = like;
        this.stop = stop;
        this.busy = busy;
    }

    /**
     * Starts the loader's warm-up read and, once it is in, the panes' steps; returns at once. {@code models} makes the
     * view's model for a key (on the connection the user will open keys on, so the Data tree is editable or not as
     * theirs will be); the view is styled with {@code like}'s stylesheets, at its size. Both conditions are asked on
     * the FX thread before each step: {@code busy} again every {@value #WAIT_MS} ms while it holds.
     */
    public static PaneWarmUp start(ProfileLoader loader, Function<EntryRef, ProfileViewModel> models, Scene like,
                                   BooleanSupplier stop, BooleanSupplier busy) {
        PaneWarmUp w = new PaneWarmUp(models, like, stop, busy);
        LoaderWarmUp.start(loader, s -> Platform.runLater(() -> w.begin(s)));
        return w;
    }

    /** The panes painted, by tab title, once the warm-up has ended (stopped early or not). */
    public CompletableFuture<List<String>> done() {
        return done;
    }

    /**
     * On the FX thread: the view is made in its loading state and styled, then shows the read, then each tab is
     * styled, laid out and rendered, each a step of its own (the longest, the Data tab's first render, about
     * 250-350 ms on the two-core machine).
     */
    void begin(ProfileSnapshot s) {
        steps.add(() -> {
            ProfileView v = new ProfileView(models.apply(s.ref()));
            v.setOnIntent((snapshot, intent) -> { });
            Scene sc = new Scene(v, Math.max(640, like.getWidth()), Math.max(480, like.getHeight()));
            sc.getStylesheets().setAll(like.getStylesheets());
            v.applyCss();
            view = v;
            scene = sc;
        });
        steps.add(() -> {
            ProfileView v = view;
            if (v != null) {
                v.model().show(s);
                TabPane panes = v.panes();
                for (Tab t : panes.getTabs()) {
                    steps.add(() -> style(panes, t));
                    steps.add(panes::layout);
                    steps.add(() -> render(t));
                }
            }
        });
        next();
    }

    private void render(Tab t) {
        Node content = t.getContent();
        if (content != null) {
            image = content.snapshot(null, image);
            painted.add(t.getText());
        }
    }

    private void next() {
        Platform.runLater(this::step);
    }

    private void step() {
        if (stop.getAsBoolean()) {
            end();
            return;
        }
        if (busy.getAsBoolean()) {
            PauseTransition w = wait;
            if (w == null) {
                w = new PauseTransition(Duration.millis(WAIT_MS));
                w.setOnFinished(e -> step());
                wait = w;
            }
            w.playFromStart();
            return;
        }
        Runnable step = steps.poll();
        if (step == null) {
            end();
            return;
        }
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the panes' warm-up failed (nothing depends on it)", e);
            end();
            return;
        }
        next();
    }

    private void end() {
        steps.clear();
        Scene sc = scene;
        if (sc != null) {
            sc.setRoot(new Group());
        }
        scene = null;
        view = null;
        image = null;
        done.complete(List.copyOf(painted));
    }

    /**
     * Selects {@code t} in {@code panes} as a user would, styles and lays the panes out and renders the tab's content
     * into {@code into} (a new image when null); false when the tab has no content. On the FX thread.
     */
    public static boolean paint(TabPane panes, Tab t, @Nullable WritableImage into) {
        style(panes, t);
        panes.layout();
        Node content = t.getContent();
        if (content == null) {
            return false;
        }
        content.snapshot(null, into);
        return true;
    }

    private static void style(TabPane panes, Tab t) {
        panes.getSelectionModel().select(t);
        panes.applyCss();
    }
}
