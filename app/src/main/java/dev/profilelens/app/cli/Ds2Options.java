package dev.profilelens.app.cli;

import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Layout;
import dev.profilelens.core.ds2.Ds2Places;
import picocli.CommandLine.Option;

/** How to find a DataStore2 player ({@code ds2:MASTER/USERID}): layout and, for berezaa-method games, patterns. */
final class Ds2Options {
    @Option(names = "--layout", defaultValue = "auto", paramLabel = "LAYOUT",
            description = "DataStore2 layout: auto (default), ordered-backups, standard or migrated.")
    String layout;

    @Option(names = "--migration-scope", defaultValue = "global", paramLabel = "SCOPE",
            description = "MigrateOrderedBackups' scope for the Standard location (default: ${DEFAULT-VALUE}).")
    String migrationScope;

    @Option(names = "--backup-store", paramLabel = "PATTERN", description = "Berezaa-method games: the backup "
            + "store name, with {master} and {userId} (DataStore2: {master}/{userId}).")
    String backupStore;

    @Option(names = "--backup-scope", defaultValue = "global", paramLabel = "PATTERN",
            description = "Berezaa-method games: the backup scope, e.g. {userId} (default: ${DEFAULT-VALUE}).")
    String backupScope;

    Ds2Layout layout() {
        return Ds2Layout.parse(layout);
    }

    Ds2Places places(Ds2Address a) {
        return backupStore == null ? Ds2Places.of(a, migrationScope) : Ds2Places.berezaa(a, backupStore, backupScope);
    }
}
