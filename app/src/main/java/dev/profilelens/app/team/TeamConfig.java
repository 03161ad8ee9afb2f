package dev.profilelens.app.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.settings.JsonFile;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.team.TeamSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings → Team: the team database's JDBC URL, this person's login and display name (never the password, which
 * lives in the keychain). Absent for one person working alone: then nothing changes, the local log is used.
 */
public record TeamConfig(String url, String user, String displayName, String schema) {
    public TeamConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(schema, "schema");
        new TeamSettings(url, user, "", schema); // validates URL, user and schema with messages naming the field
    }

    /** The file's name in the data directory. */
    public static final String FILE = "team.json";

    /** The settings in {@code file}, or empty when there is none; a damaged file is kept aside and reported. */
    public static Optional<TeamConfig> load(Path file, Clock clock) {
        List<String> problems = new ArrayList<>();
        Optional<JsonNode> n = JsonFile.read(file, clock, problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The team settings could not be read: " + problems.get(0),
                    file.toString());
        }
        if (n.isEmpty()) {
            return Optional.empty();
        }
        JsonNode j = n.get();
        return Optional.of(new TeamConfig(j.path("url").asText(""), j.path("user").asText(""),
                j.path("displayName").asText(""), j.path("schema").asText(TeamSettings.DEFAULT_SCHEMA)));
    }

    public void save(Path file) {
        ObjectNode o = JsonFile.mapper().createObjectNode();
        o.put("url", url).put("user", user).put("displayName", displayName).put("schema", schema);
        try {
            JsonFile.write(file, o);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the team settings to " + file, e);
        }
    }

    /** Removes the team settings: this person works alone again. */
    public static void clear(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + file, e);
        }
    }

    /** The name shown as author: the display name, else the OS user. */
    public String author(String osUser) {
        return displayName.isBlank() ? osUser : displayName;
    }

    public TeamSettings settings(String password) {
        return new TeamSettings(url, user, password, schema);
    }
}
