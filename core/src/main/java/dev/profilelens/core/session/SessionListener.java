package dev.profilelens.core.session;

/** Receives every {@link SessionEvent} of a runtime, on the runtime's scheduler thread. Must not block. */
@FunctionalInterface
public interface SessionListener {
    void onEvent(SessionEvent event);
}
