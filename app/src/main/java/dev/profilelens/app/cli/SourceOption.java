package dev.profilelens.app.cli;

import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSources;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --source} option every store command shares (cli.md "Store commands"). */
final class SourceOption {
    @Option(names = "--source", defaultValue = "sandbox", paramLabel = "SOURCE",
            description = "sandbox (default), sqlite:PATH, opencloud:UNIVERSE_ID or "
                    + "opencloud:UNIVERSE_ID@http://HOST:PORT")
    String spec;

    ProfileSource open() {
        return ProfileSources.open(spec, Map.of());
    }

    /** For commands that only read: a missing file is reported (exit 5) instead of created empty. */
    ProfileSource openReadOnly() {
        return ProfileSources.open(spec, Map.of("readOnly", "true"));
    }
}
