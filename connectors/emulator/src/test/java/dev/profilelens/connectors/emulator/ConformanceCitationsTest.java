package dev.profilelens.connectors.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every conformance test names the reference file and part it was written from. */
class ConformanceCitationsTest {
    private static final List<Class<?>> SUITE = List.of(ConformanceV1Test.class, ConformanceV2Test.class,
            ConformanceLimitsTest.class);

    @Test
    void everyConformanceTestCitesTheReference() {
        int tests = 0;
        for (Class<?> c : SUITE) {
            for (Method m : c.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(Test.class)) {
                    continue;
                }
                tests++;
                Cites cite = m.getAnnotation(Cites.class);
                assertThat(cite).as(c.getSimpleName() + "." + m.getName() + " cites nothing").isNotNull();
                assertThat(cite.file()).startsWith("content/en-us/");
                assertThat(cite.part()).isNotBlank();
            }
        }
        assertThat(tests).isGreaterThanOrEqualTo(20);
        assertThat(Conformance.REFERENCE_COMMIT).matches("[0-9a-f]{40}");
    }
}
