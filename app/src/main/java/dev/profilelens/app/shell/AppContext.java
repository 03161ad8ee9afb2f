package dev.profilelens.app.shell;

import dev.profilelens.app.connection.ApiKeys;
import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.connection.ConnectionStore;
import dev.profilelens.app.connection.ConnectionsViewModel;
import dev.profilelens.app.profile.ProfileLoader;
import dev.profilelens.app.settings.AppSettings;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** The composition root (style.md rule 18): creates the services once and owns what must be closed. */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final AppSettings settings;
    private final ConnectionsViewModel connections;
    private final TaskExecutor tasks;
    private final ApiKeys apiKeys = new ApiKeys();
    private final Clock clock;
    private final ProfileLoader loader;
    private final Map<String, ConnectionSession> sessions = new LinkedHashMap<>();
    private final dev.profilelens.app.editor.Saver saver;
    private final dev.profilelens.app.composer.Templates templates;
    private final dev.profilelens.app.composer.DeliveryTemplates deliveryTemplates;
    private final dev.profilelens.app.notify.Notifier notifier;

    public AppContext(TaskExecutor tasks, Clock clock) {
        this.dataDir = DataDirectory.resolve();
        this.settings = new AppSettings(dataDir.resolve("settings.json"));
        this.tasks = tasks;
        this.connections = new ConnectionsViewModel(new ConnectionStore(dataDir.resolve("connections.json")),
                new dev.profilelens.app.team.TeamConnections(dev.profilelens.app.team.TeamConfig::load), tasks);
        this.clock = clock;
        this.loader = new ProfileLoader(clock, tasks.pool("Format JSON"));
        this.saver = dev.profilelens.app.editor.Saver.standard(clock);
        var team = dev.profilelens.app.team.TeamTemplates.configured();
        this.templates = new dev.profilelens.app.composer.Templates(dataDir.resolve("templates.json"), team);
        this.deliveryTemplates = new dev.profilelens.app.composer.DeliveryTemplates(
                dataDir.resolve("delivery-templates.json"), team);
        this.notifier = dev.profilelens.app.notify.DesktopNotifiers.onThisSystem(settings::notifyCommand,
                settings::notifyWhenFree, tasks.pool("Desktop notification"));
        connections.refreshTeam();
    }

    /** Desktop notifications (off when the user turned them off in the View menu). */
    public dev.profilelens.app.notify.Notifier notifier() {
        return notifier;
    }

    /** The delivery template per data store (an edit delivered to a live profile). */
    public dev.profilelens.app.composer.DeliveryTemplates deliveryTemplates() {
        return deliveryTemplates;
    }

    /** Global update / message templates per data store. */
    public dev.profilelens.app.composer.Templates templates() {
        return templates;
    }

    /** The save pipelines and the audit log shared by every editor. */
    public dev.profilelens.app.editor.Saver saver() {
        return saver;
    }

    /** What could not be read at start (damaged settings or connections moved aside), to show the user once. */
    public java.util.List<String> startupProblems() {
        java.util.List<String> all = new java.util.ArrayList<>(settings.problems());
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
        return sessions.computeIfAbsent(c.name(), n -> new ConnectionSession(c,
                apiKeys.get(c.spec()).map(k -> Map.of("apiKey", k)).orElse(Map.of())));
    }

    /** A connection's session by name: an open one (also one opened with --source), else a saved connection's. */
    public java.util.Optional<ConnectionSession> sessionNamed(String name) {
        ConnectionSession open = sessions.get(name);
        return open != null ? java.util.Optional.of(open) : connections.byName(name).map(this::session);
    }

    public java.util.Set<String> openSessions() {
        return sessions.keySet();
    }

    @Override
    public void close() {
        sessions.values().forEach(ConnectionSession::close);
        sessions.clear();
        tasks.close();
        saver.close();
    }
}
