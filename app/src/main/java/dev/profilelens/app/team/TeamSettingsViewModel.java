package dev.profilelens.app.team;

import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.team.TeamSession;
import dev.profilelens.core.team.TeamSettings;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Team: the JDBC URL, login and display name (kept in {@code team.json}) and the password (kept in the OS
 * keychain). Saving first connects with them, so a wrong URL, password or role is reported and nothing is saved; the
 * fields keep what was typed.
 */
public final class TeamSettingsViewModel {
    private final TeamAccess access;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable logChanged;
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty schema = new SimpleStringProperty(this, "schema", TeamSettings.DEFAULT_SCHEMA);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** {@code logChanged} runs (in the background) after the settings changed, so the app reopens its log. */
    public TeamSettingsViewModel(TeamAccess access, TaskExecutor tasks, DialogService dialogs, Runnable logChanged) {
        this.access = access;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.logChanged = logChanged;
    }

    /** Reads the current settings in the background. */
    public void load() {
        tasks.execute(BackgroundTask.of("Read the team settings", access::config).onSuccess(c -> {
            if (c.isPresent()) {
                url.set(c.get().url());
                user.set(c.get().user());
                displayName.set(c.get().displayName());
                schema.set(c.get().schema());
                status.set("Team database " + c.get().url() + " as " + c.get().user());
            } else {
                status.set("Working alone: writes are logged on this machine only.");
            }
        }).onFailure(e -> dialogs.showError("Could not read the team settings", e)));
    }

    /** Connects with the fields; on success saves them (password to the keychain) and switches the app's log. */
    public void save() {
        TeamConfig config;
        try {
            config = new TeamConfig(url.get().strip(), user.get().strip(), displayName.get().strip(),
                    schema.get().strip());
        } catch (InvalidInputException e) {
            dialogs.showError("Team settings not saved", e);
            return;
        }
        String secret = password.get();
        status.set("connecting…");
        tasks.execute(BackgroundTask.of("Connect to the team database", () -> {
            String role;
            try (TeamSession s = access.connect(config, secret)) {
                role = s.role().name().toLowerCase(Locale.ROOT);
            }
            access.save(config);
            boolean kept = access.savePassword(config, secret);
            logChanged.run();
            return "Connected as " + config.user() + " (" + role + ")"
                    + (kept ? "; password kept in the OS keychain." : "; no OS keychain answered: set "
                    + TeamAccess.PASSWORD_ENV + " for ProfileLens to find the password next time.");
        }).onSuccess(status::set).onFailure(e -> {
            status.set("not saved");
            dialogs.showError("Team settings not saved", e);
        }));
    }

    /** Stops using the team database on this machine. */
    public void leave() {
        tasks.execute(BackgroundTask.of("Leave the team database", () -> {
            access.clear();
            logChanged.run();
            return "Working alone: writes are logged on this machine only.";
        }).onSuccess(status::set).onFailure(e -> dialogs.showError("Could not leave the team database", e)));
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The schema holding ProfileLens' tables (default {@value TeamSettings#DEFAULT_SCHEMA}). */
    public StringProperty schemaProperty() {
        return schema;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
