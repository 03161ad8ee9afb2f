package dev.profilelens.app.cli;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code STORE KEY [--scope S] [--verbose]}: the key a store command works on (cli.md "Store commands"). */
final class KeyArgs {
    @Parameters(index = "0", paramLabel = "STORE")
    String store;

    @Parameters(index = "1", paramLabel = "KEY")
    String key;

    @Option(names = "--scope", defaultValue = "global", description = "Scope (default: ${DEFAULT-VALUE}).")
    String scope;

    /** Read by {@link Cli} from the arguments; declared here so every command accepts and documents it. */
    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    /** The key, refused (exit 2) before any source is opened when a name is too long or not UTF-8. */
    EntryRef ref() {
        EntryRef ref = new EntryRef(store, scope, key);
        Limits.checkRef(ref);
        return ref;
    }
}
