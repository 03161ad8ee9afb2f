package dev.profilelens.connectors.sqlite.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.session.GlobalUpdateInbox;
import dev.profilelens.core.session.LoadHandler;
import dev.profilelens.core.session.Profile;
import dev.profilelens.core.session.ServerTag;
import dev.profilelens.core.session.SessionConfig;
import dev.profilelens.core.session.SessionMessaging;
import dev.profilelens.core.session.SessionServer;
import dev.profilelens.core.session.ThreadScheduler;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One simulated game server: its own PlaceId/JobId, a named daemon thread, and one session runtime per store. All
 * game logic runs on that thread. Players join up to a cap, play, and leave; {@link #crash()} stops without
 * releasing, {@link #stop(Duration)} releases everything first.
 */
final class SimServer {
    static final int MAX_PLAYERS = 12;

    private final SimulationOptions options;
    private final PlayerPool pool;
    private final Consumer<SimulationEvent> emit;
    private final Random rnd;
    private final ThreadScheduler scheduler;
    private final ServerTag tag;
    private final Map<String, SessionServer> runtimes = new LinkedHashMap<>();
    private final Map<String, SimStore> stores = new LinkedHashMap<>();
    private final List<Profile> players = new ArrayList<>();
    private volatile boolean running = true;
    private final @Nullable Ds2Context ds2;
    private volatile @Nullable Ds2Seats seats;

    SimServer(String threadName, ServerTag tag, ProfileSource source, SimulationOptions options, PlayerPool pool,
              SessionMessaging messaging, Consumer<SimulationEvent> emit, long seed,
              @Nullable Ds2Context ds2) {
        this.ds2 = ds2;
        this.options = options;
        this.pool = pool;
        this.emit = emit;
        this.rnd = new Random(seed);
        this.tag = tag;
        this.scheduler = new ThreadScheduler(Clock.systemUTC(), threadName);
        for (SimStore s : options.stores()) {
            SessionConfig config = SessionConfig.of(s.dialect()).scaled(options.speed());
            SessionServer runtime = new SessionServer(source, scheduler, tag, config, s.name(),
                    PlayerBehaviour.template(), rnd.nextLong());
            runtime.useMessaging(messaging);
            runtime.addListener(e -> emit.accept(SimulationEvent.of(e)));
            runtimes.put(s.name(), runtime);
            stores.put(s.name(), s);
        }
        scheduler.schedule(Duration.ZERO, () -> {
            if (ds2 != null) {
                seats = new Ds2Seats(ds2, source, tag.display(), scheduler, rnd, this::game, () -> running,
                        this::event);
            }
            event("SERVER_STARTED", "", "place " + tag.placeId());
            joinTick();
        });
    }

    ServerTag tag() {
        return tag;
    }

    boolean running() {
        return running;
    }

    private Duration game(double seconds) {
        return options.wall(Duration.ofMillis((long) (seconds * 1000)));
    }

    private double between(double lo, double hi) {
        return lo + rnd.nextDouble() * (hi - lo);
    }

    private void event(String kind, String key, String detail) {
        emit.accept(new SimulationEvent(scheduler.clock().instant(), tag.display(), kind, key, detail));
    }

    private void joinTick() {
        if (!running) {
            return;
        }
        if (players.size() < MAX_PLAYERS && rnd.nextInt(3) == 0) {
            pool.checkOut(rnd).ifPresent(this::join);
        }
        Ds2Seats ds2Seats = seats;
        if (ds2Seats != null) {
            ds2Seats.joinTick(MAX_PLAYERS);
        }
        scheduler.schedule(game(between(2, 8)), this::joinTick);
    }

    private void join(EntryRef ref) {
        SessionServer runtime = runtime(ref.store());
        if (runtime.loaded(ref.key()).isPresent()) {
            pool.checkIn(ref);
            return;
        }
        runtime.load(ref.key(), LoadHandler.forceLoad()).thenAccept(p -> {
            if (p.isPresent() && running) {
                play(p.get());
            } else {
                pool.checkIn(ref);
            }
        });
    }

    private void play(Profile p) {
        players.add(p);
        p.reconcile();
        if (store(p.ref().store()).dialect() != Dialect.PROFILESTORE) { // PS and PS Plus: global updates
            GlobalUpdateInbox in = p.globalUpdates();
            in.active().forEach(u -> in.lockActiveUpdate(u.id()));
            in.locked().forEach(u -> {
                PlayerBehaviour.applyGift(p.data(), u.data());
                in.clearLockedUpdate(u.id());
            });
            in.listenToNewActiveUpdate((id, data) -> {
                in.lockActiveUpdate(id);
                p.save();
            });
            in.listenToNewLockedUpdate((id, data) -> {
                PlayerBehaviour.applyGift(p.data(), data);
                in.clearLockedUpdate(id);
                event("GIFT_APPLIED", p.ref().store() + "/" + p.key(), brief(data));
            });
        } else {
            p.messages().handler((m, processed) -> {
                PlayerBehaviour.applyGift(p.data(), m);
                processed.run();
                event("GIFT_APPLIED", p.ref().store() + "/" + p.key(), brief(m));
            });
        }
        p.listenToRelease(owner -> {
            players.remove(p);
            pool.checkIn(p.ref());
        });
        scheduler.schedule(game(between(3, 10)), () -> playTick(p));
        scheduler.schedule(game(between(180, 900)), () -> {
            if (running && p.isActive()) {
                p.release();
            }
        });
    }

    private static String brief(JsonNode gift) {
        String text = RobloxJson.writeString(gift);
        return text.length() > 100 ? text.substring(0, 97) + "..." : text;
    }

    private void playTick(Profile p) {
        if (!running || !p.isActive()) {
            return;
        }
        String key = p.ref().store() + "/" + p.key();
        PlayerBehaviour.earn(p.data(), rnd);
        PlayerBehaviour.spend(p.data(), rnd);
        if (rnd.nextInt(8) == 0) {
            event("ITEM", key, PlayerBehaviour.pickUp(p.data(), rnd));
        }
        SimStore store = store(p.ref().store());
        if (rnd.nextInt(40) == 0) {
            String receipt = PlayerBehaviour.purchase(p, store.dialect() != Dialect.PROFILESTORE, rnd);
            event("PURCHASE", key, "receipt " + receipt);
        }
        if (rnd.nextInt(30) == 0) {
            sendGift(p, store);
        }
        scheduler.schedule(game(between(3, 10)), () -> playTick(p));
    }

    private void sendGift(Profile from, SimStore store) {
        pool.anyOf(store.name(), rnd).filter(to -> !to.equals(from.ref())).ifPresent(to -> {
            SessionServer runtime = runtime(store.name());
            var gift = PlayerBehaviour.gift(store.userIdOf(from.key()), rnd);
            var sent = store.dialect() != Dialect.PROFILESTORE ? runtime.addGlobalUpdate(to.key(), gift)
                    : runtime.sendMessage(to.key(), gift);
            sent.thenRun(() -> event("GIFT_SENT", to.store() + "/" + to.key(),
                    gift.path("Amount").asText() + " coins from " + from.key()));
        });
    }

    /** Stops at once without releasing: every lock this server holds stays in the store and goes stale. */
    void crash() {
        if (!running) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        scheduler.schedule(Duration.ZERO, () -> {
            running = false;
            runtimes.values().forEach(SessionServer::crash);
            Ds2Seats ds2Seats = seats;
            if (ds2Seats != null) {
                ds2Seats.crash();
            }
            players.forEach(p -> pool.checkIn(p.ref()));
            players.clear();
            event("SERVER_CRASHED", "", "locks left behind");
            done.complete(null);
        });
        await(done, Duration.ofSeconds(5));
        scheduler.close();
        closeDs2();
    }

    /** BindToClose: release every profile, wait for the saves (at most {@code limit}), stop the thread. */
    void stop(Duration limit) {
        if (!running) {
            scheduler.close();
            closeDs2();
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        scheduler.schedule(Duration.ZERO, () -> {
            running = false;
            List<CompletableFuture<Void>> downs = new ArrayList<>();
            runtimes.values().forEach(r -> downs.add(r.shutdown()));
            Ds2Seats ds2Seats = seats;
            if (ds2Seats != null) {
                ds2Seats.stop();
            }
            CompletableFuture.allOf(downs.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> {
                event("SERVER_STOPPED", "", "released everything");
                done.complete(null);
            });
        });
        await(done, limit);
        scheduler.close();
        closeDs2();
    }

    private void closeDs2() {
        Ds2Seats ds2Seats = seats;
        if (ds2Seats != null) {
            ds2Seats.close();
        }
    }

    private static void await(CompletableFuture<Void> f, Duration limit) {
        try {
            f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | ExecutionException e) {
            // the server is stopped regardless; a release still failing is reported through ISSUE events
        }
    }

    /** Every store this server plays has its runtime and description from the constructor on. */
    private SessionServer runtime(String store) {
        return Objects.requireNonNull(runtimes.get(store), store);
    }

    private SimStore store(String store) {
        return Objects.requireNonNull(stores.get(store), store);
    }
}
