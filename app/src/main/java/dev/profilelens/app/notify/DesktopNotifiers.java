package dev.profilelens.app.notify;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Picks how this system shows desktop notifications, and shows them off the caller's thread. */
public final class DesktopNotifiers {
    private DesktopNotifiers() {
    }

    /**
     * A notifier that, while {@code enabled}, hands each message to {@code background}, where the way to notify is
     * chosen once (on first use: {@link #detect}) and used.
     */
    public static Notifier onThisSystem(Supplier<@Nullable List<String>> custom, BooleanSupplier enabled,
                                        Executor background) {
        Notifier[] chosen = new Notifier[1];
        return (title, body) -> {
            if (!enabled.getAsBoolean()) {
                return;
            }
            background.execute(() -> {
                Notifier n;
                synchronized (chosen) {
                    if (chosen[0] == null) {
                        chosen[0] = detect(custom.get());
                    }
                    n = chosen[0];
                }
                n.notify(title, body);
            });
        };
    }

    /**
     * {@code custom} when given (a program and its first arguments, from settings), else {@code notify-send} on
     * Linux and BSD, AppleScript on macOS, the system tray (Windows and desktops with a tray) — or
     * {@link Notifier#NONE} when there is no way; the app then shows its in-window notice only.
     */
    public static Notifier detect(@Nullable List<String> custom) {
        if (custom != null && !custom.isEmpty()) {
            return CommandNotifier.appending(custom);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return CommandNotifier.appleScript();
        }
        if (!os.contains("win") && onPath("notify-send")) {
            return CommandNotifier.appending(List.of("notify-send", "--app-name=ProfileLens",
                    "--icon=dialog-information"));
        }
        return TrayNotifier.create().map(Notifier.class::cast).orElse(Notifier.NONE);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
