package dev.profilelens.core.ds2;

import java.util.ServiceLoader;

/** Finds presence for a source spec; {@link Presence#UNKNOWN} where no connector can tell (Open Cloud today). */
public final class Ds2Presences {
    private Ds2Presences() {
    }

    public static Presence open(String spec) {
        for (PresenceProvider p : ServiceLoader.load(PresenceProvider.class)) {
            if (p.supports(spec)) {
                return p.open(spec);
            }
        }
        return Presence.UNKNOWN;
    }
}
