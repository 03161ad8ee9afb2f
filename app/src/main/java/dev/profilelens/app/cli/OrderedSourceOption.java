package dev.profilelens.app.cli;

import dev.profilelens.app.env.Environment;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code STORE [--scope S] --source SOURCE}, shared by the ordered subcommands. */
final class OrderedSourceOption {
    @Option(names = "--source", defaultValue = "sandbox", paramLabel = "SOURCE",
            description = "sandbox (default), sqlite:PATH, opencloud:UNIVERSE_ID or "
                    + "opencloud:UNIVERSE_ID@http://HOST:PORT")
    String spec;

    final Environment env;

    OrderedSourceOption(Environment env) {
        this.env = env;
    }

    @Parameters(index = "0", paramLabel = "STORE")
    String store;

    @Option(names = "--scope", defaultValue = "global", description = "Scope (default: ${DEFAULT-VALUE}).")
    String scope;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    OrderedStoreRef ref() {
        return new OrderedStoreRef(store, scope);
    }

    OrderedSource open(boolean readOnly) {
        return env.providers().openOrdered(spec, readOnly ? Map.of("readOnly", "true") : Map.of());
    }
}
