package dev.profilelens.app.cli;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens keys STORE [--scope S] [--prefix P] [--limit N]}: keys in order, one per line. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "List keys of a data store in key order, one per line (scope<TAB>key with --all-scopes).")
final class KeysCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption source;

    @Parameters(index = "0", paramLabel = "STORE")
    String store;

    @Option(names = "--scope", defaultValue = "global", description = "Scope (default: ${DEFAULT-VALUE}).")
    String scope;

    @Option(names = "--all-scopes", description = "List every scope.")
    boolean allScopes;

    @Option(names = "--prefix", defaultValue = "", description = "Only keys starting with this.")
    String prefix;

    @Option(names = "--limit", defaultValue = "100", description = "At most N keys (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new InvalidInputException("--limit must be at least 1", "--limit");
        }
        // Every page asks with the same parameters: the service refuses a page token sent with others (400).
        int pageSize = Math.min(100, limit);
        try (ProfileSource s = source.openReadOnly()) {
            int printed = 0;
            String cursor = null;
            do {
                Page<EntryRef> page = s.listKeys(store, allScopes ? null : scope, prefix, cursor, pageSize);
                for (EntryRef r : page.items()) {
                    if (printed == limit) {
                        break;
                    }
                    spec.commandLine().getOut().println(allScopes ? r.scope() + "\t" + r.key() : r.key());
                    printed++;
                }
                cursor = page.nextCursor();
            } while (cursor != null && printed < limit);
        }
        return 0;
    }
}
