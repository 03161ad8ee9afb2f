package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.app.env.Environment;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code profilelens log [--key K] [--user U] [--batch B] [--since T] [--until T]}: the audit log, one JSON object
 * per line, newest first; the team log when a team database is set up (Settings → Team, {@code profilelens team}).
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Print the audit log of writes made through ProfileLens (on this machine, or by the whole team "
                + "when a team database is set up), newest first, one JSON object per line (time, user, displayName, "
                + "connection, universe, store, scope, key, versions, action, status, reason, batch, patch). "
                + "status is done, failed or unconfirmed (recorded before the write, outcome never recorded).")
final class LogCommand implements Callable<Integer> {
    private final Environment env;

    LogCommand(Environment env) {
        this.env = env;
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--key", description = "Only writes to this key.")
    String key;

    @Option(names = "--since", paramLabel = "T",
            description = "Only writes at or after T: an ISO instant (2026-11-25T10:00:00Z), a date (2026-11-25, "
                    + "UTC) or epoch seconds.")
    String since;

    @Option(names = "--user", description = "Only writes by this person (OS user or display name).")
    String user;

    @Option(names = "--batch", description = "Only writes of this batch.")
    String batch;

    @Option(names = "--until", paramLabel = "T", description = "Only writes before T (same forms as --since).")
    String until;

    @Option(names = "--limit", defaultValue = "1000", description = "At most N entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        List<AutoCloseable> open = new ArrayList<>();
        try {
            AuditLog log = WriteSession.openReadLog(env, open);
            AuditQuery q = new AuditQuery(key, user, batch, since == null ? null : parseSince(since),
                    until == null ? null : parseTime(until, "--until"), limit);
            for (AuditEntry e : log.query(q)) {
                spec.commandLine().getOut().println(toJson(e).toString());
            }
            return 0;
        } finally {
            for (AutoCloseable c : open) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // reading is done; a failed close changes nothing for the user
                }
            }
        }
    }

    static ObjectNode toJson(AuditEntry e) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("time", e.time().toString());
        o.put("user", e.user());
        o.put("displayName", e.displayName());
        o.put("connection", e.connection());
        o.put("universe", e.universe());
        o.put("store", e.store());
        o.put("scope", e.scope());
        o.put("key", e.key());
        o.put("versionBefore", e.versionBefore());
        o.put("versionAfter", e.versionAfter());
        o.put("action", e.action());
        o.put("status", e.status().label());
        o.put("reason", e.reason());
        o.put("batch", e.batch());
        o.set("patch", e.patch());
        return o;
    }

    static Instant parseSince(String text) {
        return parseTime(text, "--since");
    }

    static Instant parseTime(String text, String option) {
        try {
            if (text.matches("\\d{1,12}")) {
                return Instant.ofEpochSecond(Long.parseLong(text));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(option + ": \"" + text + "\" is not an ISO instant, a date or epoch "
                    + "seconds", option);
        }
    }
}
