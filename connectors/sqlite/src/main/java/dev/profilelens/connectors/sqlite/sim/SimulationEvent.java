package dev.profilelens.connectors.sqlite.sim;

import dev.profilelens.core.session.SessionEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened in the simulation: a session event of a server's runtime (LOADED, SAVED, RELEASED,
 * STOLE, ...) or a simulation event (SERVER_STARTED, SERVER_CRASHED, SERVER_STOPPED, PURCHASE, GIFT_SENT).
 *
 * @param key "store/key", or "" for server-wide events
 */
public record SimulationEvent(Instant at, String server, String kind, String key, String detail) {
    public SimulationEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(detail, "detail");
    }

    static SimulationEvent of(SessionEvent e) {
        return new SimulationEvent(e.at(), e.server(), e.type().name(), e.ref().store() + "/" + e.ref().key(),
                e.type() == SessionEvent.Type.CRASHED ? "" : "#" + e.loadCount()
                        + (e.detail().isEmpty() ? "" : " " + e.detail()));
    }

    /** One line for a terminal, e.g. {@code 12:00:01Z  server 1/8c4b…  LOADED  PlayerData/Player_7  #3}. */
    public String line() {
        return at + "  " + server + "  " + kind + (key.isEmpty() ? "" : "  " + key)
                + (detail.isEmpty() ? "" : "  " + detail);
    }
}
