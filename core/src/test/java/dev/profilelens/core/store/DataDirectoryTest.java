package dev.profilelens.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static Properties props(String os, String... extra) {
        Properties p = new Properties();
        p.setProperty("os.name", os);
        p.setProperty("user.home", "/home/ana");
        for (int i = 0; i < extra.length; i += 2) {
            p.setProperty(extra[i], extra[i + 1]);
        }
        return p;
    }

    @Test
    void explicitPropertyWinsOverEnvironmentAndOsDefaults() {
        assertThat(DataDirectory.resolve(props("Linux", "profilelens.home", "/tmp/pl"),
                Map.of("PROFILELENS_HOME", "/env/pl"))).isEqualTo(Path.of("/tmp/pl"));
        assertThat(DataDirectory.resolve(props("Linux"), Map.of("PROFILELENS_HOME", "/env/pl")))
                .isEqualTo(Path.of("/env/pl"));
    }

    @Test
    void linuxFollowsXdgWithTheUsualFallback() {
        assertThat(DataDirectory.resolve(props("Linux"), Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data", "profilelens"));
        assertThat(DataDirectory.resolve(props("Linux"), Map.of()))
                .isEqualTo(Path.of("/home/ana", ".local", "share", "profilelens"));
    }

    @Test
    void windowsAndMacUseTheirPerUserDataFolders() {
        assertThat(DataDirectory.resolve(props("Windows 11"), Map.of("APPDATA", "C:/Users/ana/AppData/Roaming")))
                .isEqualTo(Path.of("C:/Users/ana/AppData/Roaming", "ProfileLens"));
        assertThat(DataDirectory.resolve(props("Mac OS X"), Map.of()))
                .isEqualTo(Path.of("/home/ana", "Library", "Application Support", "ProfileLens"));
    }
}
