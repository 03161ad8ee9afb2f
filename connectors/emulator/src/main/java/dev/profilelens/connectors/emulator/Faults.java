package dev.profilelens.connectors.emulator;

import dev.profilelens.core.error.InvalidInputException;
import java.util.Locale;
import java.util.Random;

/**
 * Fault injection ({@code --faults SPEC}): comma-separated {@code name=probability} pairs —
 * {@code 429} (throttled, with retry-after), {@code 429-bare} (no retry-after), {@code 500}, {@code 503},
 * {@code slow} (answer after {@code slow-ms}, default 1500), {@code lost} (a write is applied, then the connection
 * is closed without an answer) — plus {@code seed=N}. Example: {@code 500=0.2,lost=0.1,seed=42}.
 */
public final class Faults {
    /** What to do with one request. */
    public enum Kind { NONE, THROTTLE, THROTTLE_BARE, ERROR_500, ERROR_503, SLOW, LOST }

    private final double throttle;
    private final double throttleBare;
    private final double error500;
    private final double error503;
    private final double slow;
    private final double lost;
    private final long slowMillis;
    private final Random random;

    private Faults(double[] p, long slowMillis, long seed) {
        this.throttle = p[0];
        this.throttleBare = p[1];
        this.error500 = p[2];
        this.error503 = p[3];
        this.slow = p[4];
        this.lost = p[5];
        this.slowMillis = slowMillis;
        this.random = new Random(seed);
    }

    public static Faults none() {
        return new Faults(new double[6], 0, 1);
    }

    public static Faults parse(String spec) {
        double[] p = new double[6];
        long slowMs = 1500;
        long seed = System.nanoTime();
        for (String part : spec.split(",")) {
            String t = part.strip();
            if (t.isEmpty()) {
                continue;
            }
            String[] kv = t.split("=", 2);
            if (kv.length != 2) {
                throw new InvalidInputException("--faults: \"" + t + "\" is not name=value", "--faults");
            }
            try {
                switch (kv[0].toLowerCase(Locale.ROOT)) {
                    case "429" -> p[0] = prob(kv[1]);
                    case "429-bare" -> p[1] = prob(kv[1]);
                    case "500" -> p[2] = prob(kv[1]);
                    case "503" -> p[3] = prob(kv[1]);
                    case "slow" -> p[4] = prob(kv[1]);
                    case "lost" -> p[5] = prob(kv[1]);
                    case "slow-ms" -> slowMs = Long.parseLong(kv[1]);
                    case "seed" -> seed = Long.parseLong(kv[1]);
                    default -> throw new InvalidInputException("--faults: unknown fault \"" + kv[0]
                            + "\" (429, 429-bare, 500, 503, slow, slow-ms, lost, seed)", "--faults");
                }
            } catch (NumberFormatException e) {
                throw new InvalidInputException("--faults: \"" + kv[1] + "\" is not a number", "--faults");
            }
        }
        return new Faults(p, slowMs, seed);
    }

    private static double prob(String s) {
        double v = Double.parseDouble(s);
        if (v < 0 || v > 1) {
            throw new NumberFormatException(s);
        }
        return v;
    }

    /** Draws the fault for one request; {@code write} requests may be "lost". */
    public synchronized Kind draw(boolean write) {
        double x = random.nextDouble();
        double[] cut = {throttle, throttleBare, error500, error503, slow, write ? lost : 0};
        Kind[] kinds = {Kind.THROTTLE, Kind.THROTTLE_BARE, Kind.ERROR_500, Kind.ERROR_503, Kind.SLOW, Kind.LOST};
        for (int i = 0; i < cut.length; i++) {
            if (x < cut[i]) {
                return kinds[i];
            }
            x -= cut[i];
        }
        return Kind.NONE;
    }

    public long slowMillis() {
        return slowMillis;
    }
}
