package dev.profilelens.connectors.postgres;

import dev.profilelens.testsupport.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/** The shared module boundaries (test-support's {@link ModuleBoundaries}) hold for this connector. */
class ArchitectureTest {
    @Test
    void moduleBoundariesHold() {
        ModuleBoundaries.check("dev.profilelens.connectors.postgres");
    }
}
