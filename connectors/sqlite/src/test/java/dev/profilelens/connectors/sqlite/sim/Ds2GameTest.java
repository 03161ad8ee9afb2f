package dev.profilelens.connectors.sqlite.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.connectors.sqlite.SqliteOrderedSourceProvider;
import dev.profilelens.connectors.sqlite.SqlitePresence;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Layout;
import dev.profilelens.core.ds2.Ds2Places;
import dev.profilelens.core.ds2.Ds2Reader;
import dev.profilelens.core.ds2.Ds2WriteRequest;
import dev.profilelens.core.ds2.Ds2Writer;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.testsupport.store.TestProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated DataStore2 game on a real SQLite file (ADR 0181): an offline edit lands as backup N+1 and is what
 * the game loads next; while the game holds the player, presence says so and the write is refused; a game that
 * holds the player overwrites an outside write when the player leaves (why the offline statement matters).
 */
class Ds2GameTest {
    private static final Ds2Address PLAYER = new Ds2Address("DATA", 900_100);
    private static final Ds2Places PLACES = Ds2Places.of(PLAYER, "global");
    @TempDir
    Path dir;

    private OrderedSource ordered(Path file) {
        return new SqliteOrderedSourceProvider().open("sqlite:" + file, Map.of());
    }

    private void seed(SqliteProfileSource s, OrderedSource o) {
        for (int n = 1; n <= 3; n++) {
            s.write(new WriteRequest(PLACES.backup(n), ("{\"coins\":" + n + "00}").getBytes(StandardCharsets.UTF_8),
                    List.of(PLAYER.userId()), "{}", Precondition.none()));
            o.update(PLACES.ordered(), Integer.toString(n), n, true);
        }
    }

    private static SaveResult edit(Ds2Writer w, long coins) {
        return w.save(new Ds2WriteRequest(PLAYER, PLACES, Ds2Layout.AUTO, List.of(new AddDelta("/coins",
                RobloxJson.parse(Long.toString(coins)))), "ticket", "ds2-edit", true, false));
    }

    @Test
    void anOfflineEditIsTheBackupTheGameLoadsNextAndPresenceRefusesWhileOnline() {
        Path file = dir.resolve("sandbox.db");
        try (SqliteProfileSource s = SqliteProfileSource.open(file); OrderedSource o = ordered(file);
             SqlitePresence presence = SqlitePresence.forServers(file)) {
            seed(s, o);
            Ds2Writer writer = new Ds2Writer(s, o, new InMemoryAuditLog(),
                    TestProviders.installed().presence("sqlite:" + file),
                    Clock.systemUTC(), "t", "sandbox");
            assertThat(edit(writer, 1000)).isInstanceOf(SaveResult.Written.class);

            Ds2Game game = new Ds2Game(s, o, presence, "4811000000/job");
            Ds2Game.Player p = game.join(PLAYER);
            assertThat(p.loadedBackup()).isEqualTo(4);
            assertThat(p.value().get("coins").asLong()).isEqualTo(1300);

            SaveResult refused = edit(writer, 5);
            assertThat(refused).isInstanceOf(SaveResult.Refused.class);
            assertThat(refused.message()).contains("in a game on simulated server 4811000000/job");
            assertThat(s.read(PLACES.backup(5))).isEmpty();

            game.play(p, new Random(1));
            assertThat(game.leave(p)).isEqualTo(5);
            long after = new Ds2Reader(s, o).latestBackup(PLACES).orElseThrow().n();
            assertThat(after).isEqualTo(5);
            assertThat(RobloxJson.parse(s.read(PLACES.backup(5)).orElseThrow().value()).get("coins").asLong())
                    .isGreaterThan(1300);
            assertThat(writer.offlineReasons(new Ds2Reader(s, o).read(PLAYER, PLACES, Ds2Layout.AUTO, true)))
                    .anyMatch(r -> r.startsWith("presence: offline"));
        }
    }

    @Test
    void aServerHoldingThePlayerOverwritesAnOutsideWriteWhenThePlayerLeaves() {
        Path file = dir.resolve("sandbox.db");
        try (SqliteProfileSource s = SqliteProfileSource.open(file); OrderedSource o = ordered(file);
             SqlitePresence presence = SqlitePresence.forServers(file)) {
            seed(s, o);
            Ds2Game game = new Ds2Game(s, o, presence, "4811000000/job");
            Ds2Game.Player p = game.join(PLAYER);
            // a write that ignores presence (the user wrongly said "offline" and nothing could tell)
            Ds2Writer blind = new Ds2Writer(s, o, new InMemoryAuditLog(), dev.profilelens.core.ds2.Presence.UNKNOWN,
                    Clock.systemUTC(), "t", "sandbox");
            assertThat(edit(blind, 1_000_000)).isInstanceOf(SaveResult.Written.class);
            game.play(p, new Random(2));
            assertThat(game.leave(p)).isEqualTo(4);
            long coins = RobloxJson.parse(new Ds2Reader(s, o).latestBackup(PLACES).orElseThrow().entry().value())
                    .get("coins").asLong();
            assertThat(coins).as("the outside +1,000,000 is gone").isLessThan(1_000_000);
        }
    }

    @Test
    void simulatedServersPlayDataStore2PlayersAndSaveOnLeave() throws Exception {
        Path file = dir.resolve("sandbox.db");
        List<SimulationEvent> events = new CopyOnWriteArrayList<>();
        try (SqliteProfileSource s = SqliteProfileSource.open(file); OrderedSource o = ordered(file);
             SqlitePresence presence = SqlitePresence.forServers(file)) {
            seed(s, o);
            Ds2Context ctx = new Ds2Context(() -> ordered(file), presence, new Ds2Roster(s, o));
            assertThat(ctx.roster().size()).isEqualTo(1);
            SimulationOptions options = new SimulationOptions(1, 3000, 5, SimStore.sandboxDefaults(), Duration.ZERO);
            try (SimulatedServers sim = SimulatedServers.start(s, options, events::add, ctx)) {
                long end = System.nanoTime() + Duration.ofSeconds(40).toNanos();
                while (sim.counts().getOrDefault("DS2_SAVED", 0L) < 1 && System.nanoTime() < end) {
                    Thread.sleep(100);
                }
                assertThat(sim.counts().get("DS2_LOADED")).isGreaterThanOrEqualTo(1);
            }
            assertThat(events).anyMatch(e -> e.kind().equals("DS2_SAVED") && e.detail().startsWith("backup 4"));
            assertThat(new Ds2Reader(s, o).latestBackup(PLACES).orElseThrow().n()).isGreaterThanOrEqualTo(4);
            assertThat(presence.of(PLAYER.userId())).hasValueSatisfying(seen -> assertThat(seen.online()).isFalse());
        }
    }
}
