package dev.profilelens.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.icons.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {
    @TempDir
    Path dir;

    @Test
    void preferencesSurviveASaveAndAReload() {
        Path file = dir.resolve("settings.json");
        AppSettings s = new AppSettings(file);
        assertThat(s.notifyWhenFree()).isTrue();
        assertThat(s.notifyCommand()).isNull();
        s.notifyWhenFree(false);
        s.theme(Theme.DARK);
        s.openConnections(List.of("Prod (read-only)"));
        s.save();
        AppSettings again = new AppSettings(file);
        assertThat(again.notifyWhenFree()).isFalse();
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.openConnections()).containsExactly("Prod (read-only)");
    }

    @Test
    void aNotifyCommandIsReadAndKeptOnSave() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"notifyCommand\": [\"my-notifier\", \"--urgent\"]}");
        AppSettings s = new AppSettings(file);
        assertThat(s.notifyCommand()).containsExactly("my-notifier", "--urgent");
        s.save();
        assertThat(new AppSettings(file).notifyCommand()).containsExactly("my-notifier", "--urgent");
    }
}
