package dev.profilelens.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandNotifierTest {
    @TempDir
    Path dir;

    /** A real program that appends "title|body" to a file, as a user's notifyCommand could. */
    private List<String> recorder(Path out) {
        return List.of("sh", "-c", "printf '%s|%s\\n' \"$1\" \"$2\" >> '" + out + "'", "notify");
    }

    @Test
    void runsTheProgramWithTitleAndBodyAsArgumentsNotThroughAShell() throws Exception {
        Path out = dir.resolve("shown.txt");
        CommandNotifier.appending(recorder(out)).notify("Player_1 is free", "it's $HOME; `rm -rf` \"quoted\"");
        assertThat(Files.readString(out)).isEqualTo("Player_1 is free|it's $HOME; `rm -rf` \"quoted\"\n");
    }

    @Test
    void longTextsAreCutAndAFailingProgramDoesNotThrow() {
        CommandNotifier n = CommandNotifier.appending(List.of("profilelens-no-such-program"));
        List<String> cmd = n.commandFor("t", "x".repeat(1000));
        assertThat(cmd.get(2)).hasSize(400).endsWith("…");
        n.notify("t", "b");
        CommandNotifier.appending(List.of("false")).notify("t", "b");
    }

    @Test
    void appleScriptTextsAreQuoted() {
        List<String> cmd = CommandNotifier.appleScript().commandFor("A \"b\"", "c\\d");
        assertThat(cmd).containsExactly("osascript", "-e",
                "display notification \"c\\\\d\" with title \"A \\\"b\\\"\"");
    }

    @Test
    void theSystemNotifierRunsOffTheCallersThreadOnlyWhileEnabledAndUsesTheUsersProgram() throws Exception {
        Path out = dir.resolve("shown.txt");
        AtomicBoolean enabled = new AtomicBoolean(false);
        List<Runnable> queued = new ArrayList<>();
        Notifier n = DesktopNotifiers.onThisSystem(() -> recorder(out), enabled::get, queued::add);
        n.notify("off", "not shown");
        assertThat(queued).isEmpty();
        enabled.set(true);
        n.notify("on", "shown");
        assertThat(out).doesNotExist();
        queued.forEach(Runnable::run);
        assertThat(Files.readString(out)).isEqualTo("on|shown\n");
    }
}
