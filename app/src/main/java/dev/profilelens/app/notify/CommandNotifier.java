package dev.profilelens.app.notify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Notifies by running a program with the title and body as arguments, never through a shell: {@code notify-send}
 * on Linux (freedesktop notifications), {@code osascript} on macOS, or a command of the user's choosing
 * ({@code notifyCommand} in settings.json). Waits for the program (up to 10 s), so call it off the FX thread; a
 * failure is reported once on stderr.
 */
public final class CommandNotifier implements Notifier {
    private static final int MAX_BODY = 400;
    private final BiFunction<String, String, List<String>> command;
    private volatile boolean failedOnce;

    CommandNotifier(BiFunction<String, String, List<String>> command) {
        this.command = command;
    }

    /** Runs {@code prefix} followed by the title and the body. */
    public static CommandNotifier appending(List<String> prefix) {
        return new CommandNotifier((t, b) -> {
            List<String> cmd = new ArrayList<>(prefix);
            cmd.add(t);
            cmd.add(b);
            return cmd;
        });
    }

    /** macOS: an AppleScript {@code display notification}, with the texts quoted for AppleScript. */
    public static CommandNotifier appleScript() {
        return new CommandNotifier((t, b) -> List.of("osascript", "-e",
                "display notification " + quote(b) + " with title " + quote(t)));
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The program and arguments that show {@code title} and {@code body}. */
    List<String> commandFor(String title, String body) {
        String b = body.length() > MAX_BODY ? body.substring(0, MAX_BODY - 1) + "…" : body;
        return command.apply(title, b);
    }

    @Override
    public void notify(String title, String body) {
        List<String> cmd = commandFor(title, body);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                report(cmd.get(0) + " did not finish within 10 s");
            } else if (p.exitValue() != 0) {
                report(cmd.get(0) + " exited with " + p.exitValue());
            }
        } catch (IOException e) {
            report(cmd.get(0) + " could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(String why) {
        if (!failedOnce) {
            failedOnce = true;
            System.err.println("ProfileLens: desktop notification failed: " + why);
        }
    }
}
