package dev.profilelens.app.shell;

import dev.profilelens.app.composer.DeliveryTemplates;
import dev.profilelens.app.composer.Templates;
import dev.profilelens.app.connection.ApiKeys;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.ConnectionStore;
import dev.profilelens.app.connection.ConnectionsViewModel;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.env.Environment;
import dev.profilelens.app.notify.DesktopNotifiers;
import dev.profilelens.app.notify.Notifier;
import dev.profilelens.app.profile.ProfileLoader;
import dev.profilelens.app.settings.AppSettings;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.team.TeamAccess;
import dev.profilelens.app.team.TeamConnections;
import dev.profilelens.app.team.TeamTemplates;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The composition root (style.md rule 18): creates the services once and owns what must be closed. */
public final class AppContext implements AutoCloseable {
    private final Environment env;
    private final Path dataDir;
    private final AppSettings settings;
    private final ConnectionsViewModel connections;
    private final TaskExecutor tasks;
    private final ApiKeys apiKeys;
    private final Clock clock;
    private final ProfileLoader loader;
    private final Map<String, ConnectionSession> sessions = new LinkedHashMap<>();
    private final Saver saver;
    private final Templates templates;
    private final DeliveryTemplates deliveryTemplates;
    private final Notifier notifier;
    private final SimulatedServersControl servers;
    private volatile CompletableFuture<Void> scansHeld = CompletableFuture.completedFuture(null);

    /**
     * {@code env}: the data directory, clock, user and connectors of this process (ADR 0221). Reads files and touches
     * no JavaFX toolkit state, so it may be made on any thread; the team's connections are read by
     * {@link ConnectionsViewModel#refreshTeam()}, called by the shell.
     */
    public AppContext(Environment env, TaskExecutor tasks) {
        this.env = env;
        this.dataDir = env.home();
        this.clock = env.clock();
        this.settings = new AppSettings(dataDir.resolve("settings.json"), clock);
        this.tasks = tasks;
        this.apiKeys = new ApiKeys(env.providers());
        TeamAccess teamAccess = env.team();
        this.connections = new ConnectionsViewModel(new ConnectionStore(dataDir.resolve("connections.json"), clock),
                new TeamConnections(teamAccess), tasks);
        this.loader = new ProfileLoader(clock, tasks.pool("Format JSON"));
        this.saver = new Saver(env.auditLogs(teamAccess)::forReading, clock, env.user());
        var team = new TeamTemplates(teamAccess);
        this.templates = new Templates(dataDir.resolve("templates.json"), team);
        this.deliveryTemplates = new DeliveryTemplates(
                dataDir.resolve("delivery-templates.json"), team);
        this.notifier = DesktopNotifiers.onThisSystem(settings::notifyCommand,
                settings::notifyWhenFree, tasks.pool("Desktop notification"));
        this.servers = new SimulatedServersControl(env.providers().sandbox(), tasks, settings::simulatedServers);
    }

    /** What this app takes from the process it runs in: data directory, clock, user, connectors. */
    public Environment env() {
        return env;
    }

    /** Desktop notifications (off when the user turned them off in the View menu). */
    public Notifier notifier() {
        return notifier;
    }

    /** The delivery template per data store (an edit delivered to a live profile). */
    public DeliveryTemplates deliveryTemplates() {
        return deliveryTemplates;
    }

    /** Global update / message templates per data store. */
    public Templates templates() {
        return templates;
    }

    /** The save pipelines and the audit log shared by every editor. */
    public Saver saver() {
        return saver;
    }

    /** What could not be read at start (damaged settings or connections moved aside), to show the user once. */
    public List<String> startupProblems() {
        List<String> all = new ArrayList<>(settings.problems());
        all.addAll(connections.problems());
        return all;
    }

    public AppSettings settings() {
        return settings;
    }

    public ConnectionsViewModel connections() {
        return connections;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public ApiKeys apiKeys() {
        return apiKeys;
    }

    public Clock clock() {
        return clock;
    }

    public ProfileLoader loader() {
        return loader;
    }

    /** The open session of a connection, opened on first use. */
    public ConnectionSession session(Connection c) {
        ConnectionSession s = sessions.computeIfAbsent(c.name(), n -> new ConnectionSession(env.providers(), c,
                apiKeys.get(c.spec()).map(k -> Map.of("apiKey", k)).orElse(Map.of())));
        if (c.isSandbox()) {
            servers.sandboxOpened();
        }
        return s;
    }

    /** The window's simulated game servers on the sandbox (ADR 0271). */
    SimulatedServersControl servers() {
        return servers;
    }

    /** A connection's session by name: an open one (also one opened with --source), else a saved connection's. */
    public Optional<ConnectionSession> sessionNamed(String name) {
        ConnectionSession open = sessions.get(name);
        return open != null ? Optional.of(open) : connections.byName(name).map(this::session);
    }

    public Set<String> openSessions() {
        return sessions.keySet();
    }

    @Override
    public void close() {
        servers.close();
        sessions.values().forEach(ConnectionSession::close);
        sessions.clear();
        tasks.close();
        saver.close();
    }

    /**
     * Completed (on the FX thread) when the store overview may scan a store it is shown: at once, unless a start
     * holds its first scans ({@link #holdScans}) so that the user's first open goes first (ADR 0268).
     */
    public CompletableFuture<Void> scansHeld() {
        return scansHeld;
    }

    /** A start holds the overview's scans until it completes the future returned, on the FX thread. */
    CompletableFuture<Void> holdScans() {
        CompletableFuture<Void> hold = new CompletableFuture<>();
        scansHeld = hold;
        return hold;
    }
}
