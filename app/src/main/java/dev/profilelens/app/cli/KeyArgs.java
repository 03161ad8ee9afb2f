package dev.profilelens.app.cli;

import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Limits;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code STORE KEY [--scope S] [--verbose]}: the key a store command works on (cli.md "Store commands"). */
final class KeyArgs {
    @Parameters(index = "0", paramLabel = "STORE")
    String store;

    @Parameters(index = "1", paramLabel = "KEY", arity = "0..1",
            description = "The key; a DataStore2 player is ds2:MASTER/USERID (then STORE may be left out).")
    @Nullable String key;

    @Option(names = "--scope", defaultValue = "global", description = "Scope (default: ${DEFAULT-VALUE}).")
    String scope;

    /** Read by {@link Cli} from the arguments; declared here so every command accepts and documents it. */
    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    /** The key, refused (exit 2) before any source is opened when a name is too long or not UTF-8. */
    EntryRef ref() {
        if (key == null) {
            throw new InvalidInputException("Missing KEY after STORE " + store, "KEY");
        }
        EntryRef ref = new EntryRef(store, scope, key);
        Limits.checkRef(ref);
        return ref;
    }

    /** The DataStore2 address given as KEY (or alone, as STORE), or null for a plain key. */
    @Nullable String ds2Address() {
        if (key != null && Ds2Address.isAddress(key)) {
            return key;
        }
        return key == null && Ds2Address.isAddress(store) ? store : null;
    }
}
