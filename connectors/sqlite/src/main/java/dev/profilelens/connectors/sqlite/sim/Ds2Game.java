package dev.profilelens.connectors.sqlite.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.connectors.sqlite.SqlitePresence;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Places;
import dev.profilelens.core.ds2.Ds2Reader;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * DataStore2 as one game server runs it (Kampfkarren/Roblox {@code DataStore2/SavingMethods/OrderedBackups.lua},
 * ADR 0181): on join one ordered list and one get load backup {@code N} into memory; play changes memory only; on
 * leave (and at BindToClose) the module saves {@code N+1} with a plain standard SetAsync (UserIds) and then a plain
 * ordered SetAsync, with no lock and no condition. A crash saves nothing. Used on its server's thread only.
 */
public final class Ds2Game {
    private final ProfileSource standard;
    private final OrderedSource ordered;
    private final Ds2Reader reader;
    private final SqlitePresence presence;
    private final String server;
    private final List<Player> players = new ArrayList<>();

    public Ds2Game(ProfileSource standard, OrderedSource ordered, SqlitePresence presence, String server) {
        this.standard = standard;
        this.ordered = ordered;
        this.reader = new Ds2Reader(standard, ordered);
        this.presence = presence;
        this.server = server;
    }

    /** A player in this server: the backup loaded ({@code mostRecentKey}) and the value in memory. */
    public static final class Player {
        private final Ds2Address address;
        private long mostRecentKey;
        private JsonNode value;
        private boolean updated;

        Player(Ds2Address address, long mostRecentKey, JsonNode value) {
            this.address = address;
            this.mostRecentKey = mostRecentKey;
            this.value = value;
        }

        public Ds2Address address() {
            return address;
        }

        public long loadedBackup() {
            return mostRecentKey;
        }

        public JsonNode value() {
            return value;
        }
    }

    /** {@code DataStore2(master, player):Get()}: the latest backup (empty table when none), presence recorded. */
    public Player join(Ds2Address a) {
        Optional<Ds2Reader.Backup> b = reader.latestBackup(places(a));
        JsonNode v = b.map(x -> x.entry() == null ? null : RobloxJson.parse(x.entry().value()))
                .orElse(RobloxJson.nodes().objectNode());
        Player p = new Player(a, b.map(Ds2Reader.Backup::n).orElse(0L), v == null ? RobloxJson.nodes().objectNode()
                : v);
        players.add(p);
        presence.online(a.userId(), server);
        return p;
    }

    /** Play: coins earned (memory only, as DataStore2's {@code :Increment}). */
    public void play(Player p, Random rnd) {
        if (p.value instanceof ObjectNode o) {
            o.put("coins", o.path("coins").asLong() + 1 + rnd.nextInt(25));
            p.updated = true;
        }
    }

    /** The player leaves: saved as {@code N+1} when changed. Returns the backup written, or -1. */
    public long leave(Player p) {
        players.remove(p);
        long saved = p.updated ? save(p) : -1;
        presence.offline(p.address.userId());
        return saved;
    }

    /** BindToClose: every player saved and gone. */
    public void closeAll() {
        for (Player p : List.copyOf(players)) {
            leave(p);
        }
    }

    /** A crash: players vanish without saving. */
    public List<Player> crash() {
        List<Player> gone = List.copyOf(players);
        players.clear();
        gone.forEach(p -> presence.offline(p.address.userId()));
        return gone;
    }

    public List<Player> players() {
        return List.copyOf(players);
    }

    private long save(Player p) {
        long n = p.mostRecentKey + 1;
        Ds2Places places = places(p.address);
        standard.write(new WriteRequest(places.backup(n), RobloxJson.write(p.value), List.of(p.address.userId()), "{}",
                Precondition.none()));
        ordered.update(places.ordered(), Long.toString(n), n, true);
        p.mostRecentKey = n;
        p.updated = false;
        return n;
    }

    private static Ds2Places places(Ds2Address a) {
        return Ds2Places.of(a, "global");
    }
}
