package dev.profilelens.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times several tasks side by side: after a warm-up, each round runs every task once in turn, so load from other
 * processes falls on all of them alike. Reports median and p90 in milliseconds per task.
 */
public final class Timing {
    private final double[] millis;

    private Timing(double[] millis) {
        this.millis = millis;
    }

    /** Runs the named tasks interleaved; results in insertion order. */
    public static Map<String, Timing> interleaved(int warmup, int rounds, Map<String, Supplier<?>> tasks) {
        List<String> names = new ArrayList<>(tasks.keySet());
        double[][] ms = new double[names.size()][rounds];
        Object sink = null;
        for (int w = 0; w < warmup; w++) {
            for (String name : names) {
                sink = tasks.get(name).get();
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < names.size(); i++) {
                long t0 = System.nanoTime();
                sink = tasks.get(names.get(i)).get();
                ms[i][r] = (System.nanoTime() - t0) / 1e6;
            }
        }
        if (sink == null) {
            throw new IllegalStateException("benchmark task returned null");
        }
        Map<String, Timing> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Arrays.sort(ms[i]);
            out.put(names.get(i), new Timing(ms[i]));
        }
        return out;
    }

    public double median() {
        return millis[millis.length / 2];
    }

    public double p90() {
        return millis[(int) Math.floor(millis.length * 0.9)];
    }

    public double p95() {
        return millis[Math.min(millis.length - 1, (int) Math.floor(millis.length * 0.95))];
    }

    @Override
    public String toString() {
        return String.format("median %.1f ms, p90 %.1f ms (%d runs)", median(), p90(), millis.length);
    }
}
