package dev.profilelens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StartupClassesTest {
    @Test
    void nearlyEveryListedClassLoadsWithoutADisplayOrInitialization() throws IOException {
        long listed;
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            assertThat(in).as("the class list is packaged with the app").isNotNull();
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
        assertThat(listed).isGreaterThan(1000);
        int loaded = StartupClasses.load();
        // a few JDK-internal names differ between builds; the app's own and the UI libraries' classes must load
        assertThat(loaded).isGreaterThan((int) (listed * 0.95));
    }
}
