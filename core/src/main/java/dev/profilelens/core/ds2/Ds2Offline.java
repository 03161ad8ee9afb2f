package dev.profilelens.core.ds2;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The evidence shown before a DataStore2 write (there is no lock to read): when the player last saved (DataStore2
 * saves when a player leaves, so a save means "left then"; a player who joined since has not saved yet) and what
 * presence says where the connection can tell.
 */
public final class Ds2Offline {
    private Ds2Offline() {
    }

    /** One line per piece of evidence, for a person. */
    public static List<String> reasons(Ds2Player p, Presence presence, Instant now) {
        List<String> out = new ArrayList<>();
        if (p.latest() == null) {
            out.add("last save: none (no data stored yet)");
        } else {
            Instant saved = p.latest().updated();
            out.add("last save: " + saved + " (" + ago(Duration.between(saved, now)) + ")"
                    + (p.latestBackup() == null ? "" : ", backup " + p.latestBackup()));
        }
        out.add(presence.of(p.address().userId()).map(s -> "presence: " + (s.online() ? "ONLINE " : "offline ")
                + s.detail()).orElse("presence: not available on this connection"));
        return out;
    }

    /** True when presence positively says the player is in a game. */
    public static boolean seenOnline(Ds2Player p, Presence presence) {
        return presence.of(p.address().userId()).map(Presence.Seen::online).orElse(false);
    }

    static String ago(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 120) {
            return s + " s ago";
        }
        if (s < 7200) {
            return s / 60 + " min ago";
        }
        return s < 172_800 ? s / 3600 + " h ago" : s / 86_400 + " days ago";
    }
}
