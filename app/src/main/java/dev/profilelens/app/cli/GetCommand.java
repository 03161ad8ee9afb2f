package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens get STORE KEY}: the stored value on stdout; version and key metadata on stderr. */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Print the stored value exactly as stored; version, UserIds and attributes go to stderr, "
                + "or with --with-info everything is one JSON envelope on stdout. Exit 2 when the key is absent.")
final class GetCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption source;

    @Mixin
    KeyArgs target;

    @Option(names = "--version", paramLabel = "V", description = "A historical version instead of the current one.")
    String version;

    @Option(names = "--with-info", description = "Print {value, version, userIds, attributes, created, updated}.")
    boolean withInfo;

    @Mixin
    Ds2Options ds2;

    @Override
    public Integer call() {
        if (target.ds2Address() != null) {
            return Ds2Commands.get(source, ds2, target.ds2Address(), withInfo, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        EntryRef ref = target.ref();
        try (ProfileSource s = source.openReadOnly()) {
            Optional<StoredEntry> found = version == null ? s.read(ref) : s.readVersion(ref, version);
            StoredEntry e = found.orElseThrow(() -> new InvalidInputException("No value at " + ref
                    + (version == null ? "" : " version " + version) + "."));
            PrintWriter out = spec.commandLine().getOut();
            if (withInfo) {
                ObjectNode env = RobloxJson.nodes().objectNode();
                env.set("value", RobloxJson.parse(e.value()));
                env.put("version", e.version());
                env.set("userIds", RobloxJson.nodes().arrayNode().addAll(e.userIds().stream()
                        .map(id -> RobloxJson.nodes().numberNode(id)).toList()));
                env.set("attributes", RobloxJson.parse(e.attributesJson()));
                env.put("created", e.created().toString());
                env.put("updated", e.updated().toString());
                env.put("sizeBytes", e.sizeBytes());
                out.println(RobloxJson.prettyReport(env));
            } else {
                out.println(new String(e.value(), StandardCharsets.UTF_8));
                spec.commandLine().getErr().println("version " + e.version() + "  userIds " + e.userIds()
                        + "  attributes " + e.attributesJson() + "  updated " + e.updated() + "  " + e.sizeBytes()
                        + " bytes");
            }
        }
        return 0;
    }
}
