package dev.profilelens.core.session;

import dev.profilelens.core.model.Dialect;
import java.time.Duration;
import java.util.Objects;

/**
 * The timing constants of one library (spec §3, §4, §11). {@link #profileService()} and {@link #profileStore()} are
 * the libraries' presets; {@link #scaled(double)} divides every duration (the sandbox simulator's speed).
 *
 * @param autoSavePeriod   every loaded profile is saved once per period, spread evenly
 * @param freshSkip        a profile loaded less than this ago is skipped by auto-save
 * @param writeCooldown    PS per-key spacing of DataStore calls from one server (zero for PSt)
 * @param forceLoadMaxSteps PS: counted force-load iterations before stealing
 * @param firstLoadRepeat  PSt: wait after the first conflicting call
 * @param loadRepeatPeriod PSt: wait between later conflicting calls
 * @param sessionSteal     PSt: steal once {@code steps >= ceil(sessionSteal / loadRepeatPeriod)}
 * @param assumeDead       a foreign lock whose {@code LastUpdate} is older than this is taken over
 * @param storeLatency     simulated duration between a call's read and its conditional write
 */
public record SessionConfig(Dialect dialect, Duration autoSavePeriod, Duration freshSkip, Duration writeCooldown,
                            int forceLoadMaxSteps, Duration firstLoadRepeat, Duration loadRepeatPeriod,
                            Duration sessionSteal, Duration assumeDead, Duration storeLatency) {
    public SessionConfig {
        Objects.requireNonNull(dialect, "dialect");
        if (dialect != Dialect.PROFILESERVICE && dialect != Dialect.PROFILESTORE
                && dialect != Dialect.PROFILESERVICE_PLUS) {
            throw new IllegalArgumentException("a session runtime is ProfileService (or its Plus fork) or "
                    + "ProfileStore, "
                    + "not "
                    + dialect.label());
        }
        if (forceLoadMaxSteps < 1) {
            throw new IllegalArgumentException("forceLoadMaxSteps must be at least 1");
        }
    }

    /** ProfileService: auto-save 30 s, fresh 30 s, cooldown 7 s, 8 force-load steps, dead lock 1800 s. */
    public static SessionConfig profileService() {
        return new SessionConfig(Dialect.PROFILESERVICE, Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(7), 8, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1800),
                Duration.ZERO);
    }

    /** ProfileStore: auto-save 300 s, fresh 150 s, no cooldown, repeat 5 s then 10 s, steal 40 s, dead 630 s. */
    public static SessionConfig profileStore() {
        return new SessionConfig(Dialect.PROFILESTORE, Duration.ofSeconds(300), Duration.ofSeconds(150),
                Duration.ZERO, 8, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(40),
                Duration.ofSeconds(630), Duration.ZERO);
    }

    public static SessionConfig of(Dialect dialect) {
        return switch (dialect) {
            case PROFILESTORE -> profileStore();
            case PROFILESERVICE -> profileService();
            case PROFILESERVICE_PLUS -> profileServicePlus();
            default -> throw new IllegalArgumentException("no session runtime for " + dialect.label());
        };
    }

    /**
     * ProfileService Plus: ProfileService's timings (howmanysmall/rbx-profileservice-plus {@code src/init.luau}
     * SETTINGS: AutoSaveProfiles 30, ForceLoadMaxSteps 8, AssumeDeadSessionLock 30 * 60) with its field names.
     */
    public static SessionConfig profileServicePlus() {
        SessionConfig ps = profileService();
        return new SessionConfig(Dialect.PROFILESERVICE_PLUS, ps.autoSavePeriod, ps.freshSkip, ps.writeCooldown,
                ps.forceLoadMaxSteps, ps.firstLoadRepeat, ps.loadRepeatPeriod, ps.sessionSteal, ps.assumeDead,
                ps.storeLatency);
    }

    public boolean isProfileStore() {
        return dialect == Dialect.PROFILESTORE;
    }

    /** PSt: the step count at which a force-load turns into a steal (4 with the defaults). */
    public int pstStealSteps() {
        long period = Math.max(1, loadRepeatPeriod.toMillis());
        return (int) Math.max(1, (sessionSteal.toMillis() + period - 1) / period);
    }

    /**
     * PSt: an owner reacts to session messages at most this often (6 s with the defaults; kept in proportion to
     * {@code loadRepeatPeriod} so that {@link #scaled(double)} scales it too).
     */
    public Duration messageCooldown() {
        return loadRepeatPeriod.multipliedBy(6).dividedBy(10);
    }

    public SessionConfig withStoreLatency(Duration latency) {
        return new SessionConfig(dialect, autoSavePeriod, freshSkip, writeCooldown, forceLoadMaxSteps,
                firstLoadRepeat, loadRepeatPeriod, sessionSteal, assumeDead, latency);
    }

    /** A new auto-save period; ProfileStore derives its fresh-profile skip from it (period / 2). */
    public SessionConfig withAutoSavePeriod(Duration period) {
        return new SessionConfig(dialect, period, isProfileStore() ? period.dividedBy(2) : freshSkip,
                writeCooldown, forceLoadMaxSteps,
                firstLoadRepeat, loadRepeatPeriod, sessionSteal, assumeDead, storeLatency);
    }

    /** Every duration divided by {@code speed} (> 0); the step count is kept. */
    public SessionConfig scaled(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, was " + speed);
        }
        return new SessionConfig(dialect, div(autoSavePeriod, speed), div(freshSkip, speed),
                div(writeCooldown, speed), forceLoadMaxSteps, div(firstLoadRepeat, speed),
                div(loadRepeatPeriod, speed), div(sessionSteal, speed), div(assumeDead, speed),
                div(storeLatency, speed));
    }

    private static Duration div(Duration d, double speed) {
        return Duration.ofNanos((long) (d.toNanos() / speed));
    }
}
