package dev.profilelens.app.connection;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A saved connection. {@code spec} is what {@code ProfileSources.open} takes: {@code sandbox}, {@code sqlite:PATH},
 * {@code opencloud:UNIVERSE} or {@code opencloud:UNIVERSE@URL}. Production connections are red and read-only
 * unless the user lowers the level on purpose.
 */
public record Connection(String name, String spec, String colour, SafetyLevel safety, boolean production) {
    public static final Connection SANDBOX = new Connection("Sandbox", "sandbox", "#1f8a4c", SafetyLevel.FREE, false);

    public Connection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(safety, "safety");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A connection needs a name");
        }
        if (spec.isBlank()) {
            throw new IllegalArgumentException("A connection needs a source");
        }
    }

    /** A new production connection: red, read-only by default. */
    public static Connection production(String name, String spec) {
        return new Connection(name, spec, "#c53030", SafetyLevel.READ_ONLY, true);
    }

    public Connection named(String newName) {
        return new Connection(newName, spec, colour, safety, production);
    }

    /** Whether this is the bundled sandbox (whatever it is named). */
    public boolean isSandbox() {
        return spec.equals(SANDBOX.spec);
    }

    public String kind() {
        if (isSandbox()) {
            return "Sandbox";
        }
        if (spec.startsWith("sqlite:")) {
            return "SQLite file";
        }
        return spec.contains("@") ? "Open Cloud emulator" : "Open Cloud";
    }

    public boolean writable() {
        return safety != SafetyLevel.READ_ONLY;
    }

    // written out: a record's own equals is linked at its first call, 5-40 ms in a fresh JVM (ADR 0273)
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Connection c && name.equals(c.name) && spec.equals(c.spec) && colour.equals(c.colour)
                && safety == c.safety && production == c.production;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, spec, colour, safety, production);
    }
}
