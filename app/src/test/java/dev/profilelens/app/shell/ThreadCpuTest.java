package dev.profilelens.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ThreadCpuTest {
    @Test
    void readsUserAndSystemTimeAfterANameWithSpacesAndParentheses() {
        String stat = "4242 (G1 (Conc) #0) S 1 4242 4242 0 -1 4194368 12 0 0 0 37 5 0 0 20 0 30 0 100 0 0";
        assertThat(ThreadCpu.millis(stat)).isEqualTo((37 + 5) * 10);
    }

    @Test
    void groupsThreadsByTheirKernelNames() {
        assertThat(ThreadCpu.kind("GC Thread#1")).isEqualTo("gc");
        assertThat(ThreadCpu.kind("G1 Conc#0")).isEqualTo("gc");
        assertThat(ThreadCpu.kind("C1 CompilerThre")).isEqualTo("jit");
        assertThat(ThreadCpu.kind("JavaFX Applicat")).isEqualTo("fx");
        assertThat(ThreadCpu.kind("QuantumRenderer")).isEqualTo("render");
        assertThat(ThreadCpu.kind("connection-sqli")).isEqualTo("other");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void countsTheWorkOfThisThreadSinceAnEarlierReading() {
        Map<String, Long> before = ThreadCpu.now();
        long until = System.nanoTime() + 300_000_000L;
        long x = 0;
        while (System.nanoTime() < until) {
            x += Long.numberOfTrailingZeros(x + System.nanoTime());
        }
        String report = ThreadCpu.since(before);
        assertThat(x).isPositive();
        assertThat(report)
                .matches("gc \\d+ ms, jit \\d+ ms, fx \\d+ ms, render \\d+ ms, other (\\d+) ms, total \\d+ ms");
        long other = Long.parseLong(report.replaceAll(".*other (\\d+) ms.*", "$1"));
        assertThat(other).isGreaterThanOrEqualTo(150);
    }
}
