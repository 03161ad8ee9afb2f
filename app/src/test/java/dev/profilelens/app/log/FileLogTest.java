package dev.profilelens.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class FileLogTest {
    @TempDir
    Path dir;
    private final List<Handler> saved = new ArrayList<>();

    @BeforeEach
    void keepHandlers() {
        saved.addAll(List.of(Logger.getLogger("").getHandlers()));
    }

    @AfterEach
    void restoreHandlers() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        saved.forEach(root::addHandler);
    }

    @Test
    void slf4jRecordsLandInTheFileLogAndNothingElse() throws Exception {
        Path log = FileLog.install(dir);
        assertThat(log).isEqualTo(dir.resolve("logs/profilelens-0.log"));
        assertThat(dir.resolve("logs")).doesNotExist();
        LoggerFactory.getLogger("test").error("boom in {}", "Player_1", new IllegalStateException("kaput"));
        assertThat(Logger.getLogger("").getHandlers()).singleElement().isInstanceOf(FileLog.class);
        String text = Files.readString(log);
        assertThat(text).contains("boom in Player_1").contains("IllegalStateException: kaput").contains("at ");
        assertThat(FileLog.install(dir)).isEqualTo(log);
        assertThat(Logger.getLogger("").getHandlers()).hasSize(1);
    }
}
