package dev.profilelens.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.app.connection.Connection;
import dev.profilelens.app.connection.ConnectionStore;
import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.icons.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged settings or connections file is kept byte for byte and reported, never replaced in silence. */
class DamagedSettingsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T06:30:00Z"), ZoneOffset.UTC);
    private static final byte[] DAMAGED = "{\"connections\":[{\"name\":\"Prod\",\"spec\":\"opencloud:1\"".getBytes(
            StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aCorruptConnectionsFileSurvivesAStartAndASaveUntouched() throws Exception {
        Path file = dir.resolve("connections.json");
        Files.write(file, DAMAGED);
        ConnectionStore store = new ConnectionStore(file, CLOCK);
        List<Connection> loaded = store.load();
        assertThat(loaded).containsExactly(Connection.SANDBOX);
        store.save(loaded);
        Path aside = dir.resolve("connections.json.damaged-20261205T063000Z");
        assertThat(Files.readAllBytes(aside)).isEqualTo(DAMAGED);
        assertThat(store.problems()).singleElement().asString()
                .contains("connections.json could not be read").contains(aside.toString());
        assertThat(new ConnectionStore(file, CLOCK).load()).containsExactly(Connection.SANDBOX);
    }

    @Test
    void aCorruptSettingsFileIsKeptAsideAndDefaultsAreUsed() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "[\"not\", \"an object\"]");
        AppSettings settings = new AppSettings(file, CLOCK);
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        settings.save();
        assertThat(Files.readString(dir.resolve("settings.json.damaged-20261205T063000Z")))
                .isEqualTo("[\"not\", \"an object\"]");
        assertThat(settings.problems()).singleElement().asString().contains("does not hold a JSON object");
        assertThat(new AppSettings(file, CLOCK).problems()).isEmpty();
    }

    @Test
    void aConnectionWithoutASafetyLevelOpensReadOnlyAndANonsenseOneIsReported() throws Exception {
        Path file = dir.resolve("connections.json");
        Files.writeString(file, "{\"connections\":[{\"name\":\"Live\",\"spec\":\"opencloud:42\"},"
                + "{\"name\":\"Odd\",\"spec\":\"opencloud:43\",\"safety\":\"YOLO\"}]}");
        ConnectionStore store = new ConnectionStore(file, CLOCK);
        List<Connection> loaded = store.load();
        assertThat(loaded).extracting(Connection::name).containsExactly("Sandbox", "Live");
        assertThat(loaded.get(1).safety()).isEqualTo(SafetyLevel.READ_ONLY);
        assertThat(store.problems()).singleElement().asString().contains("\"Odd\"").contains("skipped");
    }
}
