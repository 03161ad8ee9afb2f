package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code profilelens log [--key K] [--since T]}: the audit log, one JSON object per line, newest first. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Print the audit log of writes made through ProfileLens on this machine, newest first, one "
                + "JSON object per line (time, user, connection, store, scope, key, versions, action, reason, patch).")
final class LogCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--key", description = "Only writes to this key.")
    String key;

    @Option(names = "--since", paramLabel = "T",
            description = "Only writes at or after T: an ISO instant (2026-11-25T10:00:00Z), a date (2026-11-25, "
                    + "UTC) or epoch seconds.")
    String since;

    @Option(names = "--limit", defaultValue = "1000", description = "At most N entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        AuditLog log = WriteSession.openAuditLog();
        List<AuditEntry> entries = log.query(key, since == null ? null : parseSince(since), limit);
        for (AuditEntry e : entries) {
            spec.commandLine().getOut().println(toJson(e).toString());
        }
        return 0;
    }

    static ObjectNode toJson(AuditEntry e) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("time", e.time().toString());
        o.put("user", e.user());
        o.put("connection", e.connection());
        o.put("store", e.store());
        o.put("scope", e.scope());
        o.put("key", e.key());
        o.put("versionBefore", e.versionBefore());
        o.put("versionAfter", e.versionAfter());
        o.put("action", e.action());
        o.put("reason", e.reason());
        o.set("patch", e.patch());
        return o;
    }

    static Instant parseSince(String text) {
        try {
            if (text.matches("\\d{1,12}")) {
                return Instant.ofEpochSecond(Long.parseLong(text));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--since: \"" + text + "\" is not an ISO instant, a date or epoch "
                    + "seconds", "--since");
        }
    }
}
