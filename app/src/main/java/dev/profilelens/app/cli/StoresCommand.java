package dev.profilelens.app.cli;

import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens stores}: the data stores of a source, one name per line. */
@Command(name = "stores", mixinStandardHelpOptions = true, description = "List the data stores, one per line.")
final class StoresCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption source;

    @Option(names = "--prefix", defaultValue = "", description = "Only names starting with this.")
    String prefix;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        try (ProfileSource s = source.openReadOnly()) {
            String cursor = null;
            do {
                Page<DataStoreInfo> page = s.listDataStores(prefix, cursor, 100);
                page.items().forEach(i -> spec.commandLine().getOut().println(i.name()));
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return 0;
    }
}
