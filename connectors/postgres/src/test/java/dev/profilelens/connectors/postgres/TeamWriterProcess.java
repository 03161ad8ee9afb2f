package dev.profilelens.connectors.postgres;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.LoggedWrite;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.team.TeamSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One ProfileLens instance for {@link TwoProcessTeamLogTest}: opens the shared universe (a sandbox file) and the
 * team log, then makes {@code writes} logged read-modify-write edits to each of the keys, retrying on conflicts
 * as the save pipeline does. Arguments: url user password schema sandboxFile name writes key...
 */
public final class TeamWriterProcess {
    private TeamWriterProcess() {
    }

    public static void main(String[] args) {
        TeamSettings settings = new TeamSettings(args[0], args[1], args[2], args[3]);
        String name = args[5];
        int writes = Integer.parseInt(args[6]);
        List<String> keys = List.of(args).subList(7, args.length);
        try (TeamDatabase db = TeamDatabase.connect(settings);
             SqliteProfileSource universe = SqliteProfileSource.open(Path.of(args[4]))) {
            PgAuditLog log = db.auditLog();
            for (int i = 0; i < writes; i++) {
                for (String key : keys) {
                    edit(log, universe, EntryRef.of("PlayerData", key), name + ":" + i);
                }
            }
        }
        System.out.println("done " + name);
    }

    private static void edit(PgAuditLog log, SqliteProfileSource universe, EntryRef ref, String reason) {
        while (true) {
            Optional<StoredEntry> now = universe.read(ref);
            ObjectNode value = now.isEmpty() ? RobloxJson.nodes().objectNode()
                    : (ObjectNode) RobloxJson.parse(now.get().value());
            value.put("Writes", value.path("Writes").asInt() + 1);
            value.put("Last", reason);
            String before = now.map(StoredEntry::version).orElse(null);
            WriteRequest w = new WriteRequest(ref, RobloxJson.write(value), List.of(), "{}",
                    before == null ? Precondition.mustNotExist() : Precondition.matchVersion(before));
            AuditEntry entry = new AuditEntry(Instant.now(), System.getProperty("user.name", "?"), "sandbox",
                    ref.store(), ref.scope(), ref.key(), before, "", "save",
                    RobloxJson.parse("[{\"op\":\"replace\",\"path\":\"/Last\",\"value\":\"" + reason + "\"}]"),
                    reason, AuditStatus.UNCONFIRMED, reason.split(":")[0], "", "two-process");
            try {
                LoggedWrite.write(log, universe, w, entry);
                return;
            } catch (VersionConflictException conflict) {
                // the other instance wrote first: read again and retry, as a save does
            }
        }
    }
}
