package dev.profilelens.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSources;
import dev.profilelens.core.store.WriteRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder per OS and its overrides, and the provider's source specs. */
class SandboxLocationTest {
    @TempDir
    Path dir;

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(SandboxLocation.dataDir(null, Map.of("XDG_DATA_HOME", "/data/x"), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/data/x", "profilelens"));
        assertThat(SandboxLocation.dataDir(null, Map.of(), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/home/ana", ".local", "share", "profilelens"));
        assertThat(SandboxLocation.dataDir(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/ana"))
                .as("XDG says relative paths are ignored")
                .isEqualTo(Path.of("/home/ana", ".local", "share", "profilelens"));
    }

    @Test
    void windowsUsesAppDataAndMacUsesApplicationSupport() {
        assertThat(SandboxLocation.dataDir(null, Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), "Windows 11",
                "C:/Users/ana")).isEqualTo(Path.of("C:/Users/ana/AppData/Roaming", "ProfileLens"));
        assertThat(SandboxLocation.dataDir(null, Map.of(), "Mac OS X", "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana", "Library", "Application Support", "ProfileLens"));
    }

    @Test
    void propertyBeatsEnvironmentBeatsOsDefault() {
        Map<String, String> env = Map.of(SandboxLocation.ENV, "/env/home", "XDG_DATA_HOME", "/data/x");
        assertThat(SandboxLocation.dataDir("/prop/home", env, "Linux", "/home/ana")).isEqualTo(Path.of("/prop/home"));
        assertThat(SandboxLocation.dataDir(null, env, "Linux", "/home/ana")).isEqualTo(Path.of("/env/home"));
    }

    @Test
    void sandboxSpecOpensTheFileUnderTheConfiguredHome() {
        String old = System.getProperty(SandboxLocation.PROPERTY);
        System.setProperty(SandboxLocation.PROPERTY, dir.toString());
        try (ProfileSource s = ProfileSources.open("sandbox", Map.of())) {
            s.write(new WriteRequest(EntryRef.of("PlayerData", "Player_1"), new byte[] {'1'}, List.of(), "{}",
                    Precondition.none()));
            assertThat(s.describe()).contains(dir.resolve("sandbox.db").toString());
        } finally {
            if (old == null) {
                System.clearProperty(SandboxLocation.PROPERTY);
            } else {
                System.setProperty(SandboxLocation.PROPERTY, old);
            }
        }
        assertThat(dir.resolve("sandbox.db")).isNotEmptyFile();
    }

    @Test
    void sqliteSpecNeedsAPath() {
        Path file = dir.resolve("named.db");
        try (ProfileSource s = ProfileSources.open("sqlite:" + file, Map.of("readOnly", "false"))) {
            assertThat(s.capabilities().readOnly()).isFalse();
        }
        assertThat(file).exists();
        assertThatThrownBy(() -> ProfileSources.open("sqlite:", Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sqlite:PATH");
    }
}
