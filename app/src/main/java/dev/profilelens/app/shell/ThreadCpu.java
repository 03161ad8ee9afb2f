package dev.profilelens.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time this process's threads have used, by kind (garbage collector, JIT compiler, FX thread, renderer, the
 * rest), read from {@code /proc/self/task} (Linux; nothing elsewhere). For the smoke test: on the two-core bench
 * machine a first open is bound by CPU, and wall times move by 30-40 % with the machine while these shares show
 * where the work went (ADR 0265).
 */
final class ThreadCpu {
    /** Kinds in report order; a thread is the first kind one of whose name prefixes its name starts with. */
    private static final Map<String, List<String>> KINDS = kinds();
    private static final String OTHER = "other";
    /** Clock ticks per second of utime / stime: 100 on every Linux the app runs on (USER_HZ). */
    private static final long TICK_MS = 10;

    private ThreadCpu() {
    }

    private static Map<String, List<String>> kinds() {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put("gc", List.of("GC Thread", "G1 ", "VM Thread"));
        k.put("jit", List.of("C1 Compiler", "C2 Compiler"));
        k.put("fx", List.of("JavaFX Applicat"));
        k.put("render", List.of("QuantumRenderer"));
        return k;
    }

    /** Milliseconds used so far by kind ({@code gc}, {@code jit}, {@code fx}, {@code render}, {@code other}). */
    static Map<String, Long> now() {
        Map<String, Long> used = empty();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(t -> {
                try {
                    used.merge(kind(Files.readString(t.resolve("comm")).trim()),
                            millis(Files.readString(t.resolve("stat"))), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException e) {
            return empty();
        }
        return used;
    }

    /** {@code gc 120 ms, jit 90 ms, …, total N ms}: what was used since {@code before} ({@link #now}). */
    static String since(Map<String, Long> before) {
        StringBuilder b = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> e : now().entrySet()) {
            long d = Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
            total += d;
            b.append(e.getKey()).append(' ').append(d).append(" ms, ");
        }
        return b.append("total ").append(total).append(" ms").toString();
    }

    static String kind(String threadName) {
        for (Map.Entry<String, List<String>> k : KINDS.entrySet()) {
            if (k.getValue().stream().anyMatch(threadName::startsWith)) {
                return k.getKey();
            }
        }
        return OTHER;
    }

    /** User and system time of a {@code /proc/…/stat} line; the name in it may hold spaces and parentheses. */
    static long millis(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // after the name: state is field 3, utime 14 and stime 15 (proc(5)), so 11 and 12 here
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS;
    }

    private static Map<String, Long> empty() {
        Map<String, Long> m = new LinkedHashMap<>();
        KINDS.keySet().forEach(k -> m.put(k, 0L));
        m.put(OTHER, 0L);
        return m;
    }
}
