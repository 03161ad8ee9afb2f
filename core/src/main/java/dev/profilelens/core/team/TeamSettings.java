package dev.profilelens.core.team;

import dev.profilelens.core.error.InvalidInputException;
import java.util.Objects;

/**
 * Where the team database is and who connects.
 *
 * @param url      a JDBC URL, {@code jdbc:postgresql://host:5432/profilelens}
 * @param user     the teammate's database login
 * @param password the login's password (kept in the OS keychain by the app, never in settings files)
 * @param schema   the schema holding ProfileLens' tables (default {@value #DEFAULT_SCHEMA})
 */
public record TeamSettings(String url, String user, String password, String schema) {
    public static final String DEFAULT_SCHEMA = "profilelens";

    public TeamSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(schema, "schema");
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new InvalidInputException("the team database URL must start with jdbc:postgresql:// (got \""
                    + url + "\")", "team URL");
        }
        if (user.isBlank()) {
            throw new InvalidInputException("the team database user is empty", "team user");
        }
        if (!schema.matches("[a-z_][a-z0-9_]{0,40}")) {
            throw new InvalidInputException("the team schema must be a lower-case SQL name (got \"" + schema + "\")",
                    "team schema");
        }
    }

    public TeamSettings(String url, String user, String password) {
        this(url, user, password, DEFAULT_SCHEMA);
    }

    public TeamSettings withUser(String otherUser, String otherPassword) {
        return new TeamSettings(url, otherUser, otherPassword, schema);
    }
}
