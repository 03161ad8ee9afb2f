package dev.profilelens.core.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Where ProfileLens keeps its own files (sandbox, audit log, settings, indexes): system property
 * {@code profilelens.home}, else env {@code PROFILELENS_HOME}, else the OS's per-user data directory —
 * {@code $XDG_DATA_HOME/profilelens} or {@code ~/.local/share/profilelens} on Linux,
 * {@code %APPDATA%\ProfileLens} on Windows, {@code ~/Library/Application Support/ProfileLens} on macOS.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    /** The data directory for these system properties and environment (the composition root passes the real ones). */
    public static Path resolve(Properties props, Map<String, String> env) {
        String explicit = props.getProperty("profilelens.home");
        if (isSet(explicit)) {
            return Path.of(explicit);
        }
        String fromEnv = env.get("PROFILELENS_HOME");
        if (fromEnv != null && isSet(fromEnv)) {
            return Path.of(fromEnv);
        }
        String home = props.getProperty("user.home", ".");
        String os = props.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && isSet(appData)
                    ? Path.of(appData, "ProfileLens")
                    : Path.of(home, "AppData", "Roaming", "ProfileLens");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "ProfileLens");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && isSet(xdg) ? Path.of(xdg, "profilelens")
                : Path.of(home, ".local", "share", "profilelens");
    }


    private static boolean isSet(@Nullable String s) {
        return s != null && !s.isBlank();
    }
}
