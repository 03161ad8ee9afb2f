package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens versions STORE KEY}: one JSON line per version, newest first. */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = "List the versions of a key, newest first, one JSON object per line "
                + "(version, created, deleted, contentLength).")
final class VersionsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption source;

    @Mixin
    KeyArgs target;

    @Option(names = "--since", paramLabel = "T", description = "Only versions at or after T (ISO instant, date, "
            + "or epoch seconds).")
    String since;

    @Mixin
    Ds2Options ds2;

    @Option(names = "--limit", defaultValue = "100", description = "DataStore2: at most N backups (default: "
            + "${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (target.ds2Address() != null) {
            return Ds2Commands.versions(source, ds2, target.ds2Address(), Math.max(1, limit),
                    spec.commandLine().getOut());
        }
        Instant from = since == null ? null : LogCommand.parseSince(since);
        try (ProfileSource s = source.openReadOnly()) {
            String cursor = null;
            do {
                Page<VersionInfo> page = s.listVersions(target.ref(),
                        new VersionQuery(from, null, true), cursor, 100);
                for (VersionInfo v : page.items()) {
                    ObjectNode o = RobloxJson.nodes().objectNode();
                    o.put("version", v.version());
                    o.put("created", v.created().toString());
                    o.put("deleted", v.deleted());
                    o.put("contentLength", v.contentLength());
                    spec.commandLine().getOut().println(o.toString());
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return 0;
    }
}
