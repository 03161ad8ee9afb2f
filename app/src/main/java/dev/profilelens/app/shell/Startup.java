package dev.profilelens.app.shell;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.dialog.FxDialogService;
import dev.profilelens.app.env.Environment;
import dev.profilelens.app.log.FailureDialog;
import dev.profilelens.app.log.FailureReporter;
import dev.profilelens.app.log.FileLog;
import dev.profilelens.app.profile.PaneWarmUp;
import dev.profilelens.app.profile.ProfileViewModel;
import dev.profilelens.app.settings.OpenTab;
import dev.profilelens.app.settings.WindowPlacement;
import dev.profilelens.app.task.FxTaskExecutor;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.concurrent.Daemons;
import dev.profilelens.icons.AppIcons;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/** Starts the window: restores its state, makes sure the sandbox exists, opens the remembered connection. */
public final class Startup {
    /** When the start's deferred work runs at the latest if no key is listed before. */
    private static final Duration LATEST = Duration.seconds(3);
    /** The simulated servers start this long after the warm-ups, and not while a profile is being read (ADR 0271). */
    static final Duration SERVERS_AFTER = Duration.seconds(3);
    private final List<String> args;
    private AppContext context;
    private MainWindow window;
    private final WindowPlacement placement = new WindowPlacement();
    private final Thread onShutdown = new Thread(this::saveAtShutdown, "settings-at-shutdown");
    private volatile boolean stopped;
    private final TaskExecutor tasks;
    private final Environment env;
    private FxDialogService dialogs;
    private CompletableFuture<Void> scans = CompletableFuture.completedFuture(null);
    /** False until the remembered tabs are reopened: a quit before that keeps them remembered. */
    private volatile boolean tabsRestored;

    /** Settings and connections read off the FX thread while JavaFX starts; null: read when the window starts. */
    private final @Nullable CompletableFuture<AppContext> prepared;

    public Startup(List<String> args, Environment env) {
        this(args, env, new FxTaskExecutor());
    }

    /** With the background runner the window's work goes to (tests hold some of it back to watch the window). */
    Startup(List<String> args, Environment env, TaskExecutor tasks) {
        this(args, env, tasks, false);
    }

    private Startup(List<String> args, Environment env, TaskExecutor tasks, boolean early) {
        this.args = args;
        this.env = env;
        this.tasks = tasks;
        this.prepared = early ? CompletableFuture.supplyAsync(() -> new AppContext(env, tasks),
                r -> Daemons.start("read-settings", r)) : null;
    }

    /**
     * A start whose composition root (the settings, connections and templates read from files) is made now, on a
     * thread of its own, while JavaFX's toolkit starts; {@link #start} takes it.
     */
    public static Startup preparing(List<String> args, Environment env) {
        return new Startup(args, env, new FxTaskExecutor(), true);
    }

    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler(new FailureReporter(
                FileLog.install(env.home()), new FailureDialog()));
        context = prepared == null ? new AppContext(env, tasks) : prepared();
        // the team's connections are read once the FX thread can take the answer
        context.connections().refreshTeam();
        // the store overview's first scan waits for the user's first open, if it comes at once (ADR 0268)
        scans = context.holdScans();
        ScanHold.atTheLatest(scans);
        // before the first control exists: a control class without an application stylesheet loads Modena first
        Application.setUserAgentStylesheet(context.settings().theme().userAgentStylesheet());
        // fonts load beside the window's construction (ADR 0274); only now: the first control class loaded with no
        // stylesheet set queues Modena's, which would then replace the theme
        Daemons.start("prepare-ui", UiPreload::run);
        dialogs = new FxDialogService(stage);
        window = new MainWindow(stage, context, dialogs);
        placement.restore(stage, context.settings().window(), Screen.getScreens().stream()
                .map(Screen::getVisualBounds).toList());
        stage.setOnCloseRequest(e -> {
            if (!window.mayQuit()) {
                e.consume();
            }
        });
        Runtime.getRuntime().addShutdownHook(onShutdown);
        // the window icons (seven sizes) are decoded beside the window's construction, not on the FX thread, and
        // handed to the window manager a moment after the window is shown (ADR 0280)
        Daemons.start("window-icons", () -> {
            List<Image> icons = AppIcons.windowIcons().stream().map(Image::new).toList();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
        // the store is checked and opened in the background while the window is styled and shown (a cold start)
        String source = option("--source");
        if (source != null) {
            openInitial(source);
        } else {
            FirstStart.ensureSandbox(stage, context.tasks(), env, () -> openInitial(null),
                    e -> dialogs.showError("Could not create the sandbox", e));
        }
        stage.show();
        if (!context.startupProblems().isEmpty()) {
            dialogs.showInfo("Some saved settings could not be read", String.join("\n\n", context.startupProblems()));
        }
        if (args.contains("--smoke-test")) {
            String shot = option("--screenshot");
            long launched = ManagementFactory.getRuntimeMXBean().getStartTime();
            String pages = option("--browse-pages");
            new SmokeTest(window, shot == null ? null : Path.of(shot), launched, option("--open"),
                    pages == null ? 0 : Integer.parseInt(pages))
                    .reopen(option("--reopen") == null ? 0 : Integer.parseInt(option("--reopen")))
                    .typeInEditor(option("--type-in-editor") == null ? 0 : Integer.parseInt(option("--type-in-editor")))
                    .openDelay(option("--open-delay") == null ? 0 : Long.parseLong(option("--open-delay")))
                    .start();
        }
    }

    private AppContext prepared() {
        try {
            return Objects.requireNonNull(prepared).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private void openInitial(@Nullable String source) {
        if (source != null) {
            // read-only, except for the smoke test's typing probe, which needs an editor (and never saves)
            Connection c = new Connection(source, source, "#2f6fde", args.contains("--type-in-editor")
                    ? SafetyLevel.CONFIRM_WRITES : SafetyLevel.READ_ONLY, false);
            context.connections().addForThisRun(c);
            window.openConnection(c);
            AfterKeysListed.run(window, LATEST, () -> warmUp(c));
            return;
        }
        List<String> remembered = context.settings().openConnections();
        Connection c = remembered.isEmpty() ? Connection.SANDBOX
                : context.connections().byName(remembered.get(0)).orElse(Connection.SANDBOX);
        window.openConnection(c);
        // the remembered tabs once the first keys are listed: their reads went before the key list's on the lane
        List<OpenTab> tabs = List.copyOf(context.settings().openTabs());
        AfterKeysListed.run(window, LATEST, () -> {
            window.reopen(tabs);
            tabsRestored = true;
            warmUp(c);
        });
    }

    /**
     * The loader and then the panes are warmed up on {@code c}'s session (ADR 0262, 0263), unless a profile of the
     * user's is open by then; the panes' steps wait while the user is working. Then, unless a profile is open, the
     * start's garbage is given back: a concurrent collector cycle, asked for on a thread of its own (the request waits
     * for the cycle), lets G1 shrink the heap (ADR 0265; {@code -XX:+ExplicitGCInvokesConcurrent} is packaged).
     * {@link #SERVERS_AFTER} later, once no profile is being read, the simulated servers may start (ADR 0271).
     */
    private void warmUp(Connection c) {
        BooleanSupplier reading = () -> window.currentProfile().map(p -> !p.fullyShown()).orElse(false);
        ScanHold.keysListed(reading, scans);
        ConnectionSession session = context.session(c);
        BooleanSupplier profileOpen = () -> window.currentProfile().isPresent();
        PaneWarmUp.start(context.loader(), ref -> new ProfileViewModel(session, context.tasks(), dialogs,
                context.loader(), ref, row -> { }), window.scene(), profileOpen, UserActivity.of(window))
                .done().thenRun(() -> {
                    if (!profileOpen.getAsBoolean()) { // else the cycle would run beside the user's read
                        Daemons.start("heap-trim", System::gc);
                    }
                    ScanHold.quietAfter(SERVERS_AFTER, reading, context.servers()::settled);
                });
    }

    private @Nullable String option(String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    /** Every exit path ends here (window close, Ctrl+Q, Platform.exit): window state and open tabs saved. */
    public void stop() {
        stopped = true;
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNotAdded) {
            // the JVM is already ending, or start() never ran
        }
        if (window != null) {
            window.stopWatches();
            if (context != null) {
                context.settings().window(placement.current());
                if (option("--source") == null && tabsRestored) {
                    context.settings().openTabs(window.openTabs());
                }
            }
        }
        if (context != null) {
            try {
                context.settings().save();
            } finally {
                context.close();
            }
        }
    }

    /**
     * The JVM ends without JavaFX's stop() (SIGTERM, the session logging out): the window's last bounds and the tabs
     * left open, both kept current on the FX thread, are saved from here, and the simulated servers stop.
     */
    private void saveAtShutdown() {
        if (stopped || context == null || window == null) {
            return;
        }
        context.settings().window(placement.current());
        if (option("--source") == null && tabsRestored) {
            context.settings().openTabs(window.lastOpenTabs());
        }
        context.settings().save();
        context.servers().close(); // the simulated servers release their profiles, as at a quit
    }

    public MainWindow window() {
        return window;
    }
}
