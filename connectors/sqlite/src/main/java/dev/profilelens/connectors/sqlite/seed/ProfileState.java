package dev.profilelens.connectors.sqlite.seed;

import java.util.Random;

/** The state a seeded key ends in; the mix is chosen so every state the app must explain occurs. */
enum ProfileState {
    RELEASED(44),
    ACTIVE(12),
    STALE(6),
    FORCE_LOAD(4),
    ACTIVE_UPDATES(9),
    LOCKED_UPDATES(5),
    MESSAGES(7),
    NO_LAST_UPDATE(2),
    PRE_2021(6),
    PLACEHOLDER(3),
    CORRUPT(2);

    final int weight;

    ProfileState(int weight) {
        this.weight = weight;
    }

    static ProfileState pick(Random r) {
        int total = 0;
        for (ProfileState s : values()) {
            total += s.weight;
        }
        int x = r.nextInt(total);
        for (ProfileState s : values()) {
            x -= s.weight;
            if (x < 0) {
                return s;
            }
        }
        return RELEASED;
    }

    boolean locked() {
        return this == ACTIVE || this == STALE || this == FORCE_LOAD || this == LOCKED_UPDATES
                || this == NO_LAST_UPDATE;
    }
}
