package dev.profilelens.app.notify;

/** Shows a short message outside the window. Implementations never block the caller and never throw. */
@FunctionalInterface
public interface Notifier {
    /** Nothing is shown (no way to notify on this system, or notifications are turned off). */
    Notifier NONE = (title, body) -> { };

    void notify(String title, String body);
}
