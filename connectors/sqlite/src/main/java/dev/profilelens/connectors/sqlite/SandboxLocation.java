package dev.profilelens.connectors.sqlite;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where ProfileLens keeps its data (the sandbox file among others). Overridden by the system property
 * {@code profilelens.home}, then the environment variable {@code PROFILELENS_HOME}; otherwise the OS's user data
 * folder: {@code $XDG_DATA_HOME/profilelens} or {@code ~/.local/share/profilelens} on Linux,
 * {@code %APPDATA%\ProfileLens} on Windows, {@code ~/Library/Application Support/ProfileLens} on macOS.
 */
public final class SandboxLocation {
    public static final String PROPERTY = "profilelens.home";
    public static final String ENV = "PROFILELENS_HOME";
    public static final String SANDBOX_FILE = "sandbox.db";

    private SandboxLocation() {
    }

    /** The data directory for this process's settings. */
    public static Path dataDir() {
        return dataDir(System.getProperty(PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    /** The default sandbox file. */
    public static Path sandboxFile() {
        return dataDir().resolve(SANDBOX_FILE);
    }

    /** The resolution rule, with every input explicit (tested for each OS). */
    public static Path dataDir(@Nullable String property, Map<String, String> env, String osName, String userHome) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String override = env.get(ENV);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("ProfileLens");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "ProfileLens");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "profilelens");
        }
        return Path.of(userHome, ".local", "share", "profilelens");
    }
}
