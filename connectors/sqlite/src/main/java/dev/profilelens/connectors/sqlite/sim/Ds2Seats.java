package dev.profilelens.connectors.sqlite.sim;

import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.session.ThreadScheduler;
import dev.profilelens.core.store.ProfileSource;
import java.time.Duration;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleFunction;

/**
 * The DataStore2 side of one simulated server (ADR 0181): players taken from the shared roster join, play and leave
 * on the server's thread; the server's own ordered source is opened on that thread and closed with the server.
 */
final class Ds2Seats {
    /** Reports a simulation event. */
    interface Events {
        void event(String kind, String key, String detail);
    }

    private final Ds2Context ctx;
    private final OrderedSource ordered;
    private final Ds2Game game;
    private final ThreadScheduler scheduler;
    private final Random rnd;
    private final DoubleFunction<Duration> gameSeconds;
    private final BooleanSupplier running;
    private final Events events;

    Ds2Seats(Ds2Context ctx, ProfileSource source, String server, ThreadScheduler scheduler, Random rnd,
             DoubleFunction<Duration> gameSeconds, BooleanSupplier running, Events events) {
        this.ctx = ctx;
        this.ordered = ctx.ordered().get();
        this.game = new Ds2Game(source, ordered, ctx.presence(), server);
        this.scheduler = scheduler;
        this.rnd = rnd;
        this.gameSeconds = gameSeconds;
        this.running = running;
        this.events = events;
    }

    private Duration between(double lo, double hi) {
        return gameSeconds.apply(lo + rnd.nextDouble() * (hi - lo));
    }

    /** Now and then a player of the roster joins, up to {@code cap} at once. */
    void joinTick(int cap) {
        if (game.players().size() < cap && rnd.nextInt(3) == 0) {
            ctx.roster().checkOut(rnd).ifPresent(this::join);
        }
    }

    private void join(Ds2Address a) {
        Ds2Game.Player p;
        try {
            p = game.join(a);
        } catch (RuntimeException e) {
            ctx.roster().checkIn(a);
            events.event("ISSUE", a.toString(), "DataStore2 load failed: " + e.getMessage());
            return;
        }
        events.event("DS2_LOADED", a.toString(), "backup " + p.loadedBackup());
        scheduler.schedule(between(3, 10), () -> tick(p));
        scheduler.schedule(between(180, 900), () -> {
            if (running.getAsBoolean() && game.players().contains(p)) {
                leave(p);
            }
        });
    }

    private void tick(Ds2Game.Player p) {
        if (running.getAsBoolean() && game.players().contains(p)) {
            game.play(p, rnd);
            scheduler.schedule(between(3, 10), () -> tick(p));
        }
    }

    private void leave(Ds2Game.Player p) {
        try {
            long n = game.leave(p);
            events.event("DS2_SAVED", p.address().toString(), n < 0 ? "unchanged, not saved" : "backup " + n);
        } catch (RuntimeException e) {
            events.event("ISSUE", p.address().toString(), "DataStore2 save failed: " + e.getMessage());
        } finally {
            ctx.roster().checkIn(p.address());
        }
    }

    /** A crash: players gone without saving. */
    void crash() {
        game.crash().forEach(p -> ctx.roster().checkIn(p.address()));
    }

    /** BindToClose: everyone saved and gone. */
    void stop() {
        game.players().forEach(this::leave);
    }

    void close() {
        ordered.close();
    }
}
