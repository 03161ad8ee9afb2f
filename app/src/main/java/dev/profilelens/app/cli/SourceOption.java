package dev.profilelens.app.cli;

import dev.profilelens.app.env.Environment;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.ProfileSource;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --source} option every store command shares (cli.md "Store commands"). */
final class SourceOption {
    @Option(names = "--source", defaultValue = "sandbox", paramLabel = "SOURCE",
            description = "sandbox (default), sqlite:PATH, opencloud:UNIVERSE_ID or "
                    + "opencloud:UNIVERSE_ID@http://HOST:PORT")
    String spec;

    final Environment env;

    SourceOption(Environment env) {
        this.env = env;
    }

    ProfileSource open() {
        return env.providers().openSource(spec, Map.of());
    }

    /** For commands that only read: a missing file is reported (exit 5) instead of created empty. */
    ProfileSource openReadOnly() {
        return env.providers().openSource(spec, Map.of("readOnly", "true"));
    }

    /** The same source's ordered data stores. */
    OrderedSource openOrdered(boolean readOnly) {
        return env.providers().openOrdered(spec, readOnly ? Map.of("readOnly", "true") : Map.of());
    }
}
